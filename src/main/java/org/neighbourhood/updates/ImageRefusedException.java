package org.neighbourhood.updates;

import org.neighbourhood.base.content.RefusedPhoto;

/**
 * An uploaded picture that cannot be published, with the reason the upload field shows, translated from
 * {@link RefusedPhoto#messageKey()}. Nothing is stored when it is thrown.
 */
public class ImageRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RefusedPhoto refused;

    ImageRefusedException(RefusedPhoto refused) {
        super("Image refused: " + refused.reason());
        this.refused = refused;
    }

    public RefusedPhoto refused() {
        return refused;
    }
}
