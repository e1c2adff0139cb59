package org.neighbourhood.priorities;

/** How far the team has got with a priority. */
public enum PriorityStatus {
    OPEN, IN_PROGRESS, DONE
}
