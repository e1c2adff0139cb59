package org.neighbourhood.officers;

import org.neighbourhood.base.content.RefusedPhoto;

/**
 * An uploaded photo that cannot be published, with the reason the upload field shows, translated from
 * {@link RefusedPhoto#messageKey()}. Nothing is stored when it is thrown.
 */
public class PhotoRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient RefusedPhoto refused;

    PhotoRefusedException(RefusedPhoto refused) {
        super("Photo refused: " + refused.reason());
        this.refused = refused;
    }

    public RefusedPhoto refused() {
        return refused;
    }
}
