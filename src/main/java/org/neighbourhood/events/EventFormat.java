package org.neighbourhood.events;

/** Where people take part. */
public enum EventFormat {
    IN_PERSON, ONLINE, HYBRID
}
