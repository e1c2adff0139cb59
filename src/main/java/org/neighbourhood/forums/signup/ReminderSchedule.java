package org.neighbourhood.forums.signup;

import org.neighbourhood.base.Zones;
import org.neighbourhood.security.Permissions;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for reminders due every few minutes, and erases expired sign-ups every night, each as a named task of
 * the portal itself, which those services admit and the audit log names.
 */
@Component
@EnableScheduling
class ReminderSchedule {

    private final ReminderService reminders;
    private final RetentionService retention;
    private final Permissions permissions;

    ReminderSchedule(ReminderService reminders, RetentionService retention, Permissions permissions) {
        this.reminders = reminders;
        this.retention = retention;
        this.permissions = permissions;
    }

    @Scheduled(fixedDelayString = "${neighbourhood.forums.reminder-check:PT5M}", initialDelayString = "${neighbourhood.forums.reminder-check:PT5M}")
    void sendDue() {
        permissions.runAsSystem("forum-reminders", reminders::sendDue);
    }

    @Scheduled(cron = "${neighbourhood.forums.retention-cron:0 30 3 * * *}", zone = Zones.LONDON_ID)
    void eraseExpired() {
        permissions.runAsSystem("forum-retention", retention::eraseExpired);
    }
}
