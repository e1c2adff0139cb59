package org.neighbourhood.forums;

import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Looks for reminders due every few minutes, and erases expired sign-ups every night. */
@Component
@EnableScheduling
class ReminderSchedule {

    private final ReminderService reminders;
    private final RetentionService retention;

    ReminderSchedule(ReminderService reminders, RetentionService retention) {
        this.reminders = reminders;
        this.retention = retention;
    }

    @Scheduled(fixedDelayString = "${neighbourhood.forums.reminder-check:PT5M}", initialDelayString = "${neighbourhood.forums.reminder-check:PT5M}")
    void sendDue() {
        reminders.sendDue();
    }

    @Scheduled(cron = "${neighbourhood.forums.retention-cron:0 30 3 * * *}", zone = "Europe/London")
    void eraseExpired() {
        retention.eraseExpired();
    }
}
