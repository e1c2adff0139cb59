package org.neighbourhood.feedback;

/** One step of an item's conversation. */
public enum EntryKind {
    /** A further message from the resident, through their link. */
    RESIDENT,
    /** The team's answer: emailed to the resident and shown on their link. */
    ANSWER,
    /** An internal note: never sent, never shown to the resident. */
    NOTE,
    /** The resident asked for the item to be escalated; its body names who was told. */
    ESCALATION;

    /** Whether the resident sees this entry on their link. */
    public boolean residentSees() {
        return this != NOTE;
    }
}
