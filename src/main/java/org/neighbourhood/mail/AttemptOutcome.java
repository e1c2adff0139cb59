package org.neighbourhood.mail;

/** How one attempt to send an outbox mail ended. */
public enum AttemptOutcome {
    SENT,
    FAILED,
    /** The dispatcher that claimed it recorded no outcome within its lease: it probably stopped mid-way. */
    INTERRUPTED
}
