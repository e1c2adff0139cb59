package org.neighbourhood.forums;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for reminders due every few minutes. */
@Component
@EnableScheduling
class ReminderSchedule {

    private final ReminderService reminders;

    ReminderSchedule(ReminderService reminders) {
        this.reminders = reminders;
    }

    @Scheduled(fixedDelayString = "${neighbourhood.forums.reminder-check:PT5M}", initialDelayString = "${neighbourhood.forums.reminder-check:PT5M}")
    void sendDue() {
        reminders.sendDue();
    }
}
