package org.neighbourhood.forums.after;

import java.time.Instant;

import org.springframework.stereotype.Component;

/** Feedback stored as it is, for tests elsewhere in the forums that need some without a manage link. */
@Component
public final class FeedbackFixtures {

    private final FeedbackRepository feedback;

    FeedbackFixtures(FeedbackRepository feedback) {
        this.feedback = feedback;
    }

    public void give(long sessionId, long registrationId, String body, Instant at) {
        feedback.save(new Feedback(sessionId, registrationId, body, at));
    }
}
