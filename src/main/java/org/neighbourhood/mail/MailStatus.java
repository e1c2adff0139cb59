package org.neighbourhood.mail;

/** Where an outbox mail is on its way out. */
public enum MailStatus {
    /** Waiting for its next attempt. */
    PENDING,
    /** Claimed by a dispatcher that is sending it now. */
    SENDING,
    SENT,
    /** Given up after the most attempts allowed, or refused for good; an administrator may retry it. */
    FAILED
}
