package org.neighbourhood.publishing;

import org.jspecify.annotations.Nullable;

/** One language's text of an item, such as a priority's issue and action in Polish. */
public interface ItemText {

    /**
     * Says enough to be shown: an item's first language must be written; other languages are shown once they are.
     * A headline is enough unless the content type says otherwise.
     */
    default boolean written() {
        return !empty(headline());
    }

    /** The text's name in a few words (a title, an issue), for lists, confirmations and the audit; may be null. */
    @Nullable String headline();

    /** Nothing typed at all: such a language is not kept. */
    boolean blank();

    /** True when none of the texts holds anything but spaces. */
    static boolean empty(@Nullable String... texts) {
        for (var text : texts) {
            if (text != null && !text.isBlank()) {
                return false;
            }
        }
        return true;
    }
}
