package org.neighbourhood.base.content;

/**
 * An uploaded picture that cannot be published, with the reason the upload field shows, translated from
 * {@link RefusedPhoto#messageKey()}. Nothing is stored when it is thrown. Each feature throws its own kind, so the
 * one upload field can tell every refusal the same way.
 */
public class PictureRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RefusedPhoto refused;

    protected PictureRefusedException(String message, RefusedPhoto refused) {
        super(message);
        this.refused = refused;
    }

    public RefusedPhoto refused() {
        return refused;
    }
}
