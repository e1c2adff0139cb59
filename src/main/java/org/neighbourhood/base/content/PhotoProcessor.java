package org.neighbourhood.base.content;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Uploaded photos (officers' portraits, pictures in updates) made safe to publish: the bytes are checked for what
 * they are, whatever the file is called; decoded with limits; turned upright; shrunk to fit; and encoded afresh, so
 * that nothing of the original file survives but its pixels. Location and camera details in EXIF or XMP never reach
 * the public.
 */
@Component
public class PhotoProcessor {

    /** The largest upload accepted, 5 MB: more than a phone photo needs, little enough to hold in memory. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    /** The most pixels an image may have; a few kilobytes can declare a picture that would fill the memory. */
    public static final long MAX_PIXELS = 40_000_000;

    /** Longest edge of a picture in an update or an event. */
    public static final int UPDATE_EDGE = 1600;

    /** Longest edge of an officer's portrait. */
    public static final int PORTRAIT_EDGE = 800;

    private static final float JPEG_QUALITY = 0.85f;
    private static final int UPRIGHT = 1;

    /**
     * A JPEG cut short still decodes, grey where the rest of the picture should be; only the decoder's warning (the
     * same words from libjpeg for decades) tells. Other warnings, such as stray bytes between segments, are common in
     * photos that look perfectly well, so they are let through.
     */
    private static final Pattern CUT_SHORT = Pattern.compile("(?i)premature end|truncated");

    private static final Logger log = LoggerFactory.getLogger(PhotoProcessor.class);

    PhotoProcessor() {
        // ImageIO finds the WebP and CMYK JPEG readers only if the class loader that first touched it could see
        // them, which is not always the application's in a servlet container.
        ImageIO.scanForPlugins();
    }

    /**
     * A photo fit to publish, or why it cannot be.
     *
     * @param upload the file's bytes, as uploaded
     * @param declaredFilename the name the browser gave; never trusted, used only to name the upload in the log
     * @param maxEdge the longest the width or height of the result may be, such as {@link #PORTRAIT_EDGE}
     */
    public PhotoResult process(byte[] upload, String declaredFilename, int maxEdge) {
        if (maxEdge < 1) {
            throw new IllegalArgumentException("maxEdge must be at least 1, not " + maxEdge);
        }
        if (upload.length > MAX_BYTES) {
            return refuse(declaredFilename, RefusedPhoto.Reason.TOO_LARGE);
        }
        var format = Format.sniff(upload);
        if (format.isEmpty()) {
            return refuse(declaredFilename, RefusedPhoto.Reason.NOT_AN_IMAGE);
        }
        try {
            return process(upload, format.get(), maxEdge, declaredFilename);
        } catch (IOException | RuntimeException unreadable) {
            // Decoders signal damaged input with all sorts of runtime exceptions, not only IOException.
            log.debug("Could not decode upload {}", printable(declaredFilename), unreadable);
            return refuse(declaredFilename, RefusedPhoto.Reason.UNREADABLE);
        }
    }

    private PhotoResult process(byte[] upload, Format format, int maxEdge, String declaredFilename)
            throws IOException {
        var readers = ImageIO.getImageReadersByFormatName(format.imageIoName);
        if (!readers.hasNext()) {
            throw new IllegalStateException("No ImageIO reader for " + format);
        }
        var reader = readers.next();
        BufferedImage decoded;
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(upload))) {
            reader.setInput(input, true, true);
            long width = reader.getWidth(0);
            long height = reader.getHeight(0);
            if (width * height > MAX_PIXELS) {
                return refuse(declaredFilename, RefusedPhoto.Reason.TOO_MANY_PIXELS);
            }
            var warnings = new ArrayList<String>();
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            decoded = reader.read(0, subsampled(reader, Math.max(width, height), maxEdge));
            if (!warnings.isEmpty()) {
                log.debug("Upload {} decoded with warnings: {}", printable(declaredFilename), warnings);
            }
            if (warnings.stream().anyMatch(CUT_SHORT.asPredicate())) {
                return refuse(declaredFilename, RefusedPhoto.Reason.UNREADABLE);
            }
        } finally {
            reader.dispose();
        }

        var orientation = format == Format.JPEG ? exifOrientation(upload) : UPRIGHT;
        var resized = fitWithin(decoded, maxEdge, decoded.getColorModel().hasAlpha());
        var transparent = hasTransparentPixels(resized);
        if (!transparent && resized.getType() != BufferedImage.TYPE_INT_RGB) {
            resized = redraw(resized, resized.getWidth(), resized.getHeight(), false);
        }
        var upright = upright(resized, orientation);
        var bytes = transparent ? encodePng(upright) : encodeJpeg(upright);
        return new ProcessedPhoto(transparent ? ProcessedPhoto.PNG : ProcessedPhoto.JPEG, bytes, upright.getWidth(),
                upright.getHeight());
    }

    /**
     * Decoding every pixel of a picture many times larger than needed wastes memory; keeping every n-th still
     * leaves twice the final size for a smooth reduction.
     */
    private static ImageReadParam subsampled(ImageReader reader, long longEdge, int maxEdge) {
        var param = reader.getDefaultReadParam();
        int step = (int) Math.min(Integer.MAX_VALUE, longEdge / (2L * maxEdge));
        if (step > 1) {
            param.setSourceSubsampling(step, step, 0, 0);
        }
        return param;
    }

    /**
     * Shrinks by halves, then to the exact size: a single bilinear step over a large factor samples too few of the
     * source pixels and leaves edges jagged. Always draws at least once, into a plain RGB or ARGB image that the
     * encoders take whatever the source's colour model was.
     */
    private static BufferedImage fitWithin(BufferedImage image, int maxEdge, boolean alpha) {
        double scale = Math.min(1.0, (double) maxEdge / Math.max(image.getWidth(), image.getHeight()));
        int targetWidth = Math.max(1, (int) Math.round(image.getWidth() * scale));
        int targetHeight = Math.max(1, (int) Math.round(image.getHeight() * scale));
        var current = image;
        do {
            int width = Math.max(targetWidth, current.getWidth() / 2);
            int height = Math.max(targetHeight, current.getHeight() / 2);
            current = redraw(current, width, height, alpha);
        } while (current.getWidth() != targetWidth || current.getHeight() != targetHeight);
        return current;
    }

    private static BufferedImage redraw(BufferedImage source, int width, int height, boolean alpha) {
        var target = new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        var graphics = target.createGraphics();
        try {
            if (!alpha) {
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, width, height);
            }
            graphics.setComposite(AlphaComposite.SrcOver);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    /** Many PNGs carry an alpha channel they never use; only a picture that is really see-through stays PNG. */
    private static boolean hasTransparentPixels(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        var row = new int[image.getWidth()];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, row.length, 1, row, 0, row.length);
            for (int pixel : row) {
                if (pixel >>> 24 != 0xFF) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Phones store a photo as the sensor saw it and say in EXIF how to turn it; since the EXIF goes, the turn must
     * be done here. An orientation that cannot be read is taken as upright.
     */
    private static int exifOrientation(byte[] jpeg) {
        try (var input = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg))) {
            for (var segment : JPEGSegmentUtil.readSegments(input, JPEG.APP1, "Exif")) {
                byte[] data;
                try (var stream = segment.data()) {
                    data = stream.readAllBytes();
                }
                // "Exif" is followed by two zero bytes, of which the segment reader skips one.
                int start = data.length > 0 && data[0] == 0 ? 1 : 0;
                try (var tiff = new MemoryCacheImageInputStream(
                        new ByteArrayInputStream(data, start, data.length - start))) {
                    var entry = new TIFFReader().read(tiff).getEntryById(TIFF.TAG_ORIENTATION);
                    if (entry != null && entry.getValue() instanceof Number value
                            && value.intValue() >= 1 && value.intValue() <= 8) {
                        return value.intValue();
                    }
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            log.debug("Ignoring an EXIF orientation that cannot be read", unreadable);
        }
        return UPRIGHT;
    }

    /** The picture as EXIF orientation 2 to 8 says it should be seen. */
    private static BufferedImage upright(BufferedImage image, int orientation) {
        if (orientation == UPRIGHT) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        var transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, w);
            default -> throw new IllegalArgumentException("No EXIF orientation " + orientation);
        };
        boolean turned = orientation >= 5;
        var result = new BufferedImage(turned ? h : w, turned ? w : h, image.getType());
        var graphics = result.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        } finally {
            graphics.dispose();
        }
        return result;
    }

    private static byte[] encodeJpeg(BufferedImage rgb) throws IOException {
        var writer = writer("jpeg");
        var param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        return encode(writer, rgb, param);
    }

    private static byte[] encodePng(BufferedImage argb) throws IOException {
        var writer = writer("png");
        return encode(writer, argb, writer.getDefaultWriteParam());
    }

    /** Writes pixels alone: no metadata is handed to the writer, so none from the upload can come out. */
    private static byte[] encode(ImageWriter writer, BufferedImage image, ImageWriteParam param) throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var output = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static ImageWriter writer(String format) {
        var writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("No ImageIO writer for " + format);
        }
        return writers.next();
    }

    private static RefusedPhoto refuse(String declaredFilename, RefusedPhoto.Reason reason) {
        log.debug("Refused upload {}: {}", printable(declaredFilename), reason);
        return new RefusedPhoto(reason);
    }

    /** A name from the browser, made harmless for a log line. */
    private static String printable(String declaredFilename) {
        var name = declaredFilename.replaceAll("\\p{Cntrl}", "?");
        return '"' + (name.length() > 100 ? name.substring(0, 100) + "…" : name) + '"';
    }

    /** The formats accepted, told apart by their first bytes. */
    private enum Format {
        JPEG("jpeg"),
        PNG("png"),
        WEBP("webp");

        private static final byte[] JPEG_START = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
        private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        private static final byte[] RIFF = "RIFF".getBytes(StandardCharsets.US_ASCII);
        private static final byte[] WEBP_TYPE = "WEBP".getBytes(StandardCharsets.US_ASCII);

        private final String imageIoName;

        Format(String imageIoName) {
            this.imageIoName = imageIoName;
        }

        static Optional<Format> sniff(byte[] bytes) {
            if (startsWith(bytes, 0, JPEG_START)) {
                return Optional.of(JPEG);
            }
            if (startsWith(bytes, 0, PNG_START)) {
                return Optional.of(PNG);
            }
            if (startsWith(bytes, 0, RIFF) && startsWith(bytes, 8, WEBP_TYPE)) {
                return Optional.of(WEBP);
            }
            return Optional.empty();
        }

        private static boolean startsWith(byte[] bytes, int offset, byte[] expected) {
            return bytes.length >= offset + expected.length
                    && Arrays.equals(bytes, offset, offset + expected.length, expected, 0, expected.length);
        }
    }
}
