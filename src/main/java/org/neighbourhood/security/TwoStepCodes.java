package org.neighbourhood.security;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import javax.crypto.spec.SecretKeySpec;
import javax.imageio.ImageIO;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.qrcode.QRCodeWriter;

import org.apache.commons.codec.binary.Base32;
import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.LinkTokens;
import org.springframework.stereotype.Component;

/**
 * Time-based one-time codes (RFC 6238: HMAC-SHA1, six digits, 30-second steps — what every authenticator
 * app expects), their secrets, and recovery codes. A code is accepted for the step before and after the
 * current one, for clocks a little apart, and never for a step already used.
 */
@Component
class TwoStepCodes {

    static final int RECOVERY_CODES = 10;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Duration STEP = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP;

    private final TimeBasedOneTimePasswordGenerator generator = new TimeBasedOneTimePasswordGenerator();
    private final SecureRandom random = new SecureRandom();

    /** 160 random bits in Base32, the length RFC 4226 recommends for HMAC-SHA1. */
    String newSecret() {
        var bytes = new byte[20];
        random.nextBytes(bytes);
        return new Base32().encodeToString(bytes).replace("=", "");
    }

    /** The address an authenticator app reads from a QR code or a link, naming the portal and the account. */
    static String otpauthUri(String issuer, String username, String secret) {
        var label = encode(issuer) + ":" + encode(username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP.toSeconds();
    }

    /**
     * The address as a QR code for the app to scan: a PNG drawn on the server with ZXing's encoder, so the
     * page needs no frontend library and the secret never leaves the portal.
     */
    static String qrCodeDataUri(String uri) {
        try {
            var matrix = new QRCodeWriter().encode(uri, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.MARGIN, 2));
            int scale = 6;
            var image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
                    BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
                }
            }
            var png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("The two-step QR code cannot be drawn", e);
        }
    }

    /** The time step that {@code code} belongs to, if it is right now and newer than {@code lastStep}. */
    OptionalLong verify(String secret, String code, @Nullable Long lastStep, Instant now) {
        var digits = code.replaceAll("\\s", "");
        if (!digits.matches("\\d{6}")) {
            return OptionalLong.empty();
        }
        long current = now.getEpochSecond() / STEP.toSeconds();
        for (long step = current - 1; step <= current + 1; step++) {
            if ((lastStep == null || step > lastStep) && codeAt(secret, step).equals(digits)) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** The code for {@code secret} at the time step around {@code when}: what the person's app shows. */
    String codeAt(String secret, Instant when) {
        return codeAt(secret, when.getEpochSecond() / STEP.toSeconds());
    }

    long stepOf(Instant when) {
        return when.getEpochSecond() / STEP.toSeconds();
    }

    private String codeAt(String secret, long step) {
        try {
            var key = new SecretKeySpec(new Base32().decode(secret), generator.getAlgorithm());
            return generator.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP.toSeconds()),
                    Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("A stored two-step secret is not a key", e);
        }
    }

    /** Ten codes such as {@code k7mq-3vxa}, each for one sign-in without the app. */
    List<String> newRecoveryCodes() {
        return IntStream.range(0, RECOVERY_CODES).mapToObj(i -> part() + "-" + part()).toList();
    }

    static Set<String> hashes(List<String> recoveryCodes) {
        return recoveryCodes.stream().map(TwoStepCodes::recoveryHash)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Typed with or without the hyphen, in any case. */
    static String recoveryHash(String code) {
        return LinkTokens.hash(code.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]", ""));
    }

    private String part() {
        return IntStream.range(0, 4).mapToObj(i -> String.valueOf(
                RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())))).collect(Collectors.joining());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
