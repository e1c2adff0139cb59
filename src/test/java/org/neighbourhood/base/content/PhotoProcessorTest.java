package org.neighbourhood.base.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;
import javax.imageio.stream.MemoryCacheImageInputStream;

import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Photos are made in each test with ImageIO, their metadata written in by hand. The WebP files in
 * {@code src/test/resources/images} were made with Debian's {@code cwebp} (package {@code webp}): a 96×64 lossy
 * picture and a 48×48 lossless one whose lower right half is transparent.
 */
class PhotoProcessorTest {

    private static final int APP0 = 0xFFE0;
    private static final int APP1 = 0xFFE1;
    private static final int APP15 = 0xFFEF;
    private static final int SOS = 0xFFDA;

    private final PhotoProcessor processor = new PhotoProcessor();

    @Test
    void a_photo_loses_its_exif_gps_position_and_xmp() throws IOException {
        var upload = withSegments(jpeg(noise(640, 480)), app1(exif(1)), app1(xmp()));
        assertThat(indexOf(upload, "Exif")).as("the upload carries EXIF").isPositive();
        assertThat(exifTags(upload)).as("the upload's EXIF points to GPS data").contains(0x8825);
        assertThat(indexOf(upload, "WGS-84")).as("the upload carries a GPS datum").isPositive();
        assertThat(indexOf(upload, "GPSLatitude")).as("the upload carries XMP with a position").isPositive();

        var photo = processed(processor.process(upload, "IMG_0001.JPG", PhotoProcessor.UPDATE_EDGE));

        var out = photo.bytes();
        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(appSegments(out)).doesNotContain(APP1).allMatch(marker -> marker == APP0);
        assertThat(indexOf(out, "Exif")).isNegative();
        assertThat(indexOf(out, "WGS-84")).isNegative();
        assertThat(indexOf(out, "GPSLatitude")).isNegative();
        assertThat(indexOf(out, "http://ns.adobe.com/xap/1.0/")).isNegative();
        assertThat(decode(out).getWidth()).isEqualTo(640);
    }

    @Test
    void a_photo_taken_with_the_phone_on_its_side_comes_out_upright() throws IOException {
        // Stored as the sensor saw it: red on the left, blue on the right; EXIF 6 says turn it clockwise.
        var sideways = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        var graphics = sideways.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 150, 200);
        graphics.setColor(Color.BLUE);
        graphics.fillRect(150, 0, 150, 200);
        graphics.dispose();

        var photo = processed(processor.process(withSegments(jpeg(sideways), app1(exif(6))), "side.jpg", 1600));

        assertThat(photo.width()).isEqualTo(200);
        assertThat(photo.height()).isEqualTo(300);
        var upright = decode(photo.bytes());
        assertThat(new Color(upright.getRGB(100, 20)).getRed()).as("top is red").isGreaterThan(200);
        assertThat(new Color(upright.getRGB(100, 280)).getBlue()).as("bottom is blue").isGreaterThan(200);
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
        "1, 300, 200, left,  top",
        "2, 300, 200, right, top",
        "3, 300, 200, right, bottom",
        "4, 300, 200, left,  bottom",
        "5, 200, 300, left,  top",
        "6, 200, 300, right, top",
        "7, 200, 300, right, bottom",
        "8, 200, 300, left,  bottom"
    })
    void every_exif_orientation_is_turned_upright(int orientation, int width, int height, String side, String end)
            throws IOException {
        // A red patch in the corner the sensor stored first; EXIF says which corner it is seen in.
        var stored = new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB);
        var graphics = stored.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 300, 200);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 60, 60);
        graphics.dispose();

        var photo = processed(processor.process(withSegments(jpeg(stored), app1(exif(orientation))), "o.jpg", 1600));

        assertThat(photo.width()).isEqualTo(width);
        assertThat(photo.height()).isEqualTo(height);
        var seen = decode(photo.bytes());
        int x = side.equals("left") ? 20 : width - 21;
        int y = end.equals("top") ? 20 : height - 21;
        assertThat(new Color(seen.getRGB(x, y)).getGreen()).as("red in the %s %s corner", end, side).isLessThan(60);
        assertThat(new Color(seen.getRGB(width - 1 - x, height - 1 - y)).getGreen()).as("white opposite")
                .isGreaterThan(200);
    }

    @Test
    void a_large_photo_is_shrunk_to_fit_the_longest_edge_keeping_its_shape() throws IOException {
        var upload = jpeg(noise(3000, 2000));

        var landscape = processed(processor.process(upload, "big.jpg", PhotoProcessor.UPDATE_EDGE));

        assertThat(landscape.width()).isEqualTo(1600);
        assertThat(landscape.height()).isEqualTo(1067);
        var decoded = decode(landscape.bytes());
        assertThat(decoded.getWidth()).isEqualTo(1600);
        assertThat(decoded.getHeight()).isEqualTo(1067);
    }

    @Test
    void a_tall_portrait_is_shrunk_by_its_height() throws IOException {
        var photo = processed(processor.process(jpeg(noise(1200, 1800)), "portrait.jpg", PhotoProcessor.PORTRAIT_EDGE));

        assertThat(photo.width()).isEqualTo(533);
        assertThat(photo.height()).isEqualTo(800);
    }

    @Test
    void a_small_photo_is_not_enlarged() throws IOException {
        var photo = processed(processor.process(jpeg(noise(400, 300)), "small.jpg", PhotoProcessor.UPDATE_EDGE));

        assertThat(photo.width()).isEqualTo(400);
        assertThat(photo.height()).isEqualTo(300);
    }

    @Test
    void a_png_with_transparent_parts_stays_png_and_transparent() throws IOException {
        var logo = new BufferedImage(64, 64, BufferedImage.TYPE_INT_ARGB);
        var graphics = logo.createGraphics();
        graphics.setColor(Color.GREEN);
        graphics.fillOval(8, 8, 48, 48);
        graphics.dispose();

        var photo = processed(processor.process(png(logo), "logo.png", PhotoProcessor.UPDATE_EDGE));

        assertThat(photo.contentType()).isEqualTo("image/png");
        var decoded = decode(photo.bytes());
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getRGB(0, 0) >>> 24).as("corner stays transparent").isZero();
        assertThat(decoded.getRGB(32, 32) >>> 24).as("middle stays opaque").isEqualTo(0xFF);
    }

    @Test
    void a_png_whose_alpha_channel_hides_nothing_becomes_a_jpeg() throws IOException {
        var screenshot = new BufferedImage(120, 80, BufferedImage.TYPE_INT_ARGB);
        var graphics = screenshot.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 120, 80);
        graphics.dispose();

        var photo = processed(processor.process(png(screenshot), "screen.png", PhotoProcessor.UPDATE_EDGE));

        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(decode(photo.bytes()).getWidth()).isEqualTo(120);
    }

    @Test
    void a_webp_photo_is_accepted_and_becomes_a_jpeg() throws IOException {
        var photo = processed(processor.process(resource("landscape.webp"), "fair.webp", PhotoProcessor.UPDATE_EDGE));

        assertThat(photo.contentType()).isEqualTo("image/jpeg");
        assertThat(photo.width()).isEqualTo(96);
        assertThat(photo.height()).isEqualTo(64);
        assertThat(decode(photo.bytes()).getHeight()).isEqualTo(64);
    }

    @Test
    void a_webp_with_transparent_parts_becomes_a_png() throws IOException {
        var photo = processed(processor.process(resource("transparent.webp"), "badge.webp", 24));

        assertThat(photo.contentType()).isEqualTo("image/png");
        assertThat(photo.width()).isEqualTo(24);
        var decoded = decode(photo.bytes());
        assertThat(decoded.getRGB(1, 1) >>> 24).as("upper left stays opaque").isEqualTo(0xFF);
        assertThat(decoded.getRGB(22, 22) >>> 24).as("lower right stays transparent").isZero();
    }

    @Test
    void a_text_file_named_like_a_photo_is_refused() {
        var result = processor.process("Not a picture at all\n".getBytes(StandardCharsets.UTF_8), "holiday.jpg", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.NOT_AN_IMAGE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "GIF89a\u0001\u0000\u0001\u0000", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
        "RIFF\u0000\u0000\u0000\u0000WAVEfmt ", "%PDF-1.7"})
    void anything_but_jpeg_png_or_webp_is_refused_whatever_it_is_called(String content) {
        var result = processor.process(content.getBytes(StandardCharsets.ISO_8859_1), "photo.png", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.NOT_AN_IMAGE));
    }

    @Test
    void an_upload_over_five_megabytes_is_refused_before_it_is_read() {
        var upload = new byte[6 * 1024 * 1024];
        upload[0] = (byte) 0xFF;
        upload[1] = (byte) 0xD8;
        upload[2] = (byte) 0xFF;

        var result = processor.process(upload, "huge.jpg", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.TOO_LARGE));
    }

    @Test
    void an_upload_of_exactly_five_megabytes_is_not_refused_for_its_size() {
        var result = processor.process(new byte[PhotoProcessor.MAX_BYTES], "zeros.jpg", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.NOT_AN_IMAGE));
    }

    @Test
    void a_jpeg_cut_short_is_refused() throws IOException {
        var whole = jpeg(noise(800, 600));

        var result = processor.process(Arrays.copyOf(whole, whole.length / 2), "cut.jpg", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.UNREADABLE));
    }

    @Test
    void a_jpeg_missing_only_its_end_marker_is_refused_as_cut_short() throws IOException {
        var whole = jpeg(noise(200, 100));

        var result = processor.process(Arrays.copyOf(whole, whole.length - 2), "cut.jpg", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.UNREADABLE));
    }

    @Test
    void a_jpeg_with_stray_bytes_between_segments_is_accepted_as_its_picture_is_whole() throws IOException {
        var whole = jpeg(noise(200, 100));
        int afterApp0 = 4 + ((whole[4] & 0xFF) << 8 | whole[5] & 0xFF);
        var stray = new ByteArrayOutputStream();
        stray.write(whole, 0, afterApp0);
        stray.writeBytes(new byte[] {1, 2, 3});
        stray.write(whole, afterApp0, whole.length - afterApp0);

        var photo = processed(processor.process(stray.toByteArray(), "camera.jpg", 800));

        assertThat(photo.width()).isEqualTo(200);
    }

    @Test
    void a_png_cut_short_is_refused() throws IOException {
        var whole = png(noise(300, 200));

        var result = processor.process(Arrays.copyOf(whole, whole.length / 2), "cut.png", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.UNREADABLE));
    }

    @Test
    void a_webp_cut_short_is_refused() throws IOException {
        var whole = resource("landscape.webp");

        var result = processor.process(Arrays.copyOf(whole, whole.length / 2), "cut.webp", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.UNREADABLE));
    }

    @Test
    void a_jpeg_start_followed_by_rubbish_is_refused() {
        var rubbish = new byte[4096];
        new Random(7).nextBytes(rubbish);
        rubbish[0] = (byte) 0xFF;
        rubbish[1] = (byte) 0xD8;
        rubbish[2] = (byte) 0xFF;

        var result = processor.process(rubbish, "x.jpg", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.UNREADABLE));
    }

    @Test
    void a_small_file_that_declares_a_gigantic_picture_is_refused_without_decoding_it() {
        // 20,000 × 20,000 pixels would need 1.6 GB once decoded; the header alone gives it away.
        var bomb = pngHeader(20_000, 20_000);

        var result = processor.process(bomb, "bomb.png", 800);

        assertThat(result).isEqualTo(new RefusedPhoto(RefusedPhoto.Reason.TOO_MANY_PIXELS));
    }

    @Test
    void a_longest_edge_below_one_pixel_is_a_programming_error() {
        assertThatIllegalArgumentException().isThrownBy(() -> processor.process(new byte[0], "x.jpg", 0));
    }

    @Test
    void every_refusal_has_a_message_in_every_language() throws IOException {
        for (var bundle : List.of("translations.properties", "translations_pl.properties")) {
            var messages = bundle(bundle);
            for (var reason : RefusedPhoto.Reason.values()) {
                assertThat(messages.getProperty(new RefusedPhoto(reason).messageKey())).as(bundle + " " + reason)
                        .isNotBlank();
            }
        }
    }

    @Test
    void the_refusal_messages_tell_the_person_what_to_choose_instead() throws IOException {
        var english = bundle("translations.properties");

        assertThat(message(english, new RefusedPhoto(RefusedPhoto.Reason.NOT_AN_IMAGE)))
                .isEqualTo("Choose a JPEG, PNG or WebP image.");
        assertThat(message(english, new RefusedPhoto(RefusedPhoto.Reason.TOO_LARGE))).contains("5 MB");
        assertThat(message(english, new RefusedPhoto(RefusedPhoto.Reason.TOO_MANY_PIXELS))).contains("40 megapixels");
    }

    private static ProcessedPhoto processed(PhotoResult result) {
        assertThat(result).isInstanceOf(ProcessedPhoto.class);
        return (ProcessedPhoto) result;
    }

    private static BufferedImage noise(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(width * 31L + height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    private static byte[] jpeg(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "jpeg", out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] png(BufferedImage image) throws IOException {
        var out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, "png", out)).isTrue();
        return out.toByteArray();
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return Objects.requireNonNull(ImageIO.read(new ByteArrayInputStream(bytes)), "decodable");
    }

    private static byte[] resource(String name) throws IOException {
        try (var in = PhotoProcessorTest.class.getResourceAsStream("/images/" + name)) {
            return Objects.requireNonNull(in, name).readAllBytes();
        }
    }

    /** The JPEG with the given segments put right after its start-of-image marker, where cameras put theirs. */
    private static byte[] withSegments(byte[] jpeg, byte[]... segments) {
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (var segment : segments) {
            out.writeBytes(segment);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    private static byte[] app1(byte[] payload) {
        var segment = ByteBuffer.allocate(4 + payload.length);
        segment.putShort((short) APP1).putShort((short) (payload.length + 2)).put(payload);
        return segment.array();
    }

    /** EXIF as a camera writes it: an orientation, and a GPS block with latitude, longitude and datum. */
    private static byte[] exif(int orientation) {
        var tiff = ByteBuffer.allocate(159).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[] {'I', 'I'}).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, orientation);
        entry(tiff, 0x8825, 4, 1, 38);
        tiff.putInt(0);
        tiff.putShort((short) 5);
        entry(tiff, 0x0001, 2, 2, 'N');
        entry(tiff, 0x0002, 5, 3, 104);
        entry(tiff, 0x0003, 2, 2, 'W');
        entry(tiff, 0x0004, 5, 3, 128);
        entry(tiff, 0x0012, 2, 7, 152);
        tiff.putInt(0);
        tiff.putInt(51).putInt(1).putInt(30).putInt(1).putInt(1234).putInt(100);
        tiff.putInt(0).putInt(1).putInt(7).putInt(1).putInt(5678).putInt(100);
        tiff.put("WGS-84\0".getBytes(StandardCharsets.US_ASCII));
        assertThat(tiff.position()).isEqualTo(159);
        var out = new ByteArrayOutputStream();
        out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(tiff.array());
        return out.toByteArray();
    }

    private static void entry(ByteBuffer tiff, int tag, int type, int count, int value) {
        tiff.putShort((short) tag).putShort((short) type).putInt(count);
        if (type == 3) {
            tiff.putShort((short) value).putShort((short) 0);
        } else {
            tiff.putInt(value);
        }
    }

    private static byte[] xmp() {
        var packet = """
                http://ns.adobe.com/xap/1.0/\0<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF \
                xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description \
                xmlns:exif="http://ns.adobe.com/exif/1.0/" exif:GPSLatitude="51,30.2N" \
                exif:GPSLongitude="0,7.9W"/></rdf:RDF></x:xmpmeta>""";
        return packet.getBytes(StandardCharsets.UTF_8);
    }

    /** The tags of the first directory of a JPEG's EXIF, read with a library that knows nothing of this test. */
    private static List<Integer> exifTags(byte[] jpeg) throws IOException {
        int start = indexOf(jpeg, "Exif") + 6;
        try (var in = new MemoryCacheImageInputStream(new ByteArrayInputStream(jpeg, start, jpeg.length - start))) {
            var tags = new ArrayList<Integer>();
            new TIFFReader().read(in).forEach(entry -> tags.add(((Number) entry.getIdentifier()).intValue()));
            return tags;
        }
    }

    /** The APPn markers of a JPEG, in order, up to the start of the picture data. */
    private static List<Integer> appSegments(byte[] jpeg) {
        var buffer = ByteBuffer.wrap(jpeg);
        assertThat(buffer.getShort() & 0xFFFF).as("start of image").isEqualTo(0xFFD8);
        var markers = new ArrayList<Integer>();
        while (buffer.remaining() >= 4) {
            int marker = buffer.getShort() & 0xFFFF;
            if (marker == SOS) {
                break;
            }
            int length = buffer.getShort() & 0xFFFF;
            if (marker >= APP0 && marker <= APP15) {
                markers.add(marker);
            }
            buffer.position(buffer.position() + length - 2);
        }
        return markers;
    }

    /** Only the signature and header of a PNG: enough for any reader to learn its size. */
    private static byte[] pngHeader(int width, int height) {
        var header = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 6).put((byte) 0).put((byte) 0).put((byte) 0).array();
        var crc = new CRC32();
        crc.update("IHDR".getBytes(StandardCharsets.US_ASCII));
        crc.update(header);
        return ByteBuffer.allocate(8 + 4 + 4 + 13 + 4)
                .put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})
                .putInt(13).put("IHDR".getBytes(StandardCharsets.US_ASCII)).put(header).putInt((int) crc.getValue())
                .array();
    }

    private static int indexOf(byte[] haystack, String needle) {
        var bytes = needle.getBytes(StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i <= haystack.length - bytes.length; i++) {
            for (int j = 0; j < bytes.length; j++) {
                if (haystack[i + j] != bytes[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static Properties bundle(String name) throws IOException {
        try (var in = PhotoProcessorTest.class.getResourceAsStream("/vaadin-i18n/" + name)) {
            var properties = new Properties();
            properties.load(new InputStreamReader(Objects.requireNonNull(in, name), StandardCharsets.UTF_8));
            return properties;
        }
    }

    private static String message(Properties bundle, RefusedPhoto refused) {
        return new MessageFormat(bundle.getProperty(refused.messageKey()), Locale.ENGLISH)
                .format(refused.messageArguments());
    }
}
