package org.neighbourhood.publishing;

/** One language's text of an item, such as a priority's issue and action in Polish. */
public interface ItemText {

    /** Says enough to be shown: an item's first language must be written; other languages are shown once they are. */
    boolean written();

    /** Nothing typed at all: such a language is not kept. */
    boolean blank();
}
