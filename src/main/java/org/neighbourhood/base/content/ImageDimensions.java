package org.neighbourhood.base.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.ImageIO;

/**
 * The width and height of a stored picture, read from its header without decoding it, so that a page can say how
 * much room the picture takes before it arrives and nothing jumps when it does.
 */
public record ImageDimensions(int width, int height) {

    /** The size of a JPEG, PNG or WebP image; empty for anything ImageIO cannot read. */
    public static Optional<ImageDimensions> of(byte[] image) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(image))) {
            if (input == null) {
                return Optional.empty();
            }
            var readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new ImageDimensions(reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }
}
