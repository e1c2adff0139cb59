package org.neighbourhood.feedback;

/** Where an item stands in the team's inbox. Spam is a flag beside the status, not a status. */
public enum FeedbackStatus {
    /** Nobody has acted on it yet. */
    NEW,
    /** Someone has taken it on, or the resident wrote again after an answer. */
    IN_PROGRESS,
    /** The team has answered; the resident may still write again. */
    ANSWERED,
    CLOSED;

    /** Whether the team still owes the resident something. */
    public boolean isOpen() {
        return this == NEW || this == IN_PROGRESS;
    }
}
