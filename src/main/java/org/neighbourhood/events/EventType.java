package org.neighbourhood.events;

/** What kind of event it is; residents filter the listing by it. */
public enum EventType {
    PUBLIC_MEETING, STREET_SURGERY, CARNIVAL, SCHOOL_VISIT, FORUM_SESSION, OTHER
}
