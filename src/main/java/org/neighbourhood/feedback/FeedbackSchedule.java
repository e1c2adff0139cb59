package org.neighbourhood.feedback;

import org.neighbourhood.base.Zones;
import org.neighbourhood.security.Permissions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Erases feedback's personal data every night, as the portal itself. */
@Component
class FeedbackSchedule {

    private final Permissions permissions;
    private final FeedbackRetention retention;

    FeedbackSchedule(Permissions permissions, FeedbackRetention retention) {
        this.permissions = permissions;
        this.retention = retention;
    }

    @Scheduled(cron = "${neighbourhood.feedback.retention-cron:0 15 3 * * *}", zone = Zones.LONDON_ID)
    void eraseExpired() {
        permissions.runAsSystem("feedback-retention", retention::eraseExpired);
    }
}
