package org.neighbourhood.base.content;

import java.util.Arrays;

/**
 * A photo decoded, turned upright, resized and encoded afresh, with no metadata left from the upload.
 *
 * @param contentType {@code image/jpeg}, or {@code image/png} for an image with transparent parts
 */
public record ProcessedPhoto(String contentType, byte[] bytes, int width, int height) implements PhotoResult {

    public static final String JPEG = "image/jpeg";
    public static final String PNG = "image/png";

    public ProcessedPhoto {
        bytes = bytes.clone();
    }

    @Override
    public byte[] bytes() {
        return bytes.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProcessedPhoto that && contentType.equals(that.contentType) && width == that.width
                && height == that.height && Arrays.equals(bytes, that.bytes);
    }

    @Override
    public int hashCode() {
        return 31 * contentType.hashCode() + Arrays.hashCode(bytes);
    }

    @Override
    public String toString() {
        return "ProcessedPhoto[" + contentType + ", " + width + "x" + height + ", " + bytes.length + " bytes]";
    }
}
