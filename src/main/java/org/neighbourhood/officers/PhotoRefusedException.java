package org.neighbourhood.officers;

import org.neighbourhood.base.content.PictureRefusedException;
import org.neighbourhood.base.content.RefusedPhoto;

/** An officer's uploaded photo that cannot be published; nothing is stored when it is thrown. */
public class PhotoRefusedException extends PictureRefusedException {

    private static final long serialVersionUID = 1L;

    PhotoRefusedException(RefusedPhoto refused) {
        super("Photo refused: " + refused.reason(), refused);
    }
}
