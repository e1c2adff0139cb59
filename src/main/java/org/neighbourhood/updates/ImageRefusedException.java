package org.neighbourhood.updates;

import org.neighbourhood.base.content.PictureRefusedException;
import org.neighbourhood.base.content.RefusedPhoto;

/** An update's uploaded picture that cannot be published; nothing is stored when it is thrown. */
public class ImageRefusedException extends PictureRefusedException {

    private static final long serialVersionUID = 1L;

    ImageRefusedException(RefusedPhoto refused) {
        super("Image refused: " + refused.reason(), refused);
    }
}
