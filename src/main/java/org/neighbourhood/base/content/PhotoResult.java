package org.neighbourhood.base.content;

/**
 * What became of an uploaded photo: either a clean image ready to store, or the reason it was refused, which the
 * upload field shows to the person who chose the file.
 */
public sealed interface PhotoResult permits ProcessedPhoto, RefusedPhoto {
}
