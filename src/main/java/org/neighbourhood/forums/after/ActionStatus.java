package org.neighbourhood.forums.after;

/** How far a follow-up action has got. */
public enum ActionStatus {
    OPEN, IN_PROGRESS, DONE
}
