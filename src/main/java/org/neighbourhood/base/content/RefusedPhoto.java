package org.neighbourhood.base.content;

/**
 * An upload that cannot be used, and why, in words for the person who chose it: the message is looked up under
 * {@link #messageKey()} in the translation bundles, with {@link #messageArguments()} filled in.
 */
public record RefusedPhoto(Reason reason) implements PhotoResult {

    public enum Reason {
        /** More than {@link PhotoProcessor#MAX_BYTES}. */
        TOO_LARGE("photo.refused.too-large"),
        /** Not a JPEG, PNG or WebP, whatever its name says. */
        NOT_AN_IMAGE("photo.refused.not-an-image"),
        /** Looks like an image but cannot be read: damaged, cut short or in a variant no reader here knows. */
        UNREADABLE("photo.refused.unreadable"),
        /** More than {@link PhotoProcessor#MAX_PIXELS}, which would take too much memory to open. */
        TOO_MANY_PIXELS("photo.refused.too-many-pixels");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    public String messageKey() {
        return reason.messageKey;
    }

    /** The limits the messages mention: megabytes first, then megapixels. */
    public Object[] messageArguments() {
        return new Object[] {PhotoProcessor.MAX_BYTES / (1024 * 1024), PhotoProcessor.MAX_PIXELS / 1_000_000};
    }
}
