package org.neighbourhood.forums.agenda;

/** A proposed agenda topic, as the chairs shape the agenda. */
public enum TopicStatus {
    PROPOSED, ON_AGENDA, SET_ASIDE
}
