package org.neighbourhood.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import javax.imageio.ImageIO;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Localised;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.content.RefusedPhoto;
import org.neighbourhood.security.AuditEntry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Same web environment as the browser tests, so both share one application context. */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class OfficerEditingTest {

    private static final int APP1 = 0xFFE1;

    @Autowired
    OfficerService officers;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    MovableClock clock;

    @Autowired
    ContentLanguages contentLanguages;

    @LocalServerPort
    int port;

    @BeforeEach
    void signInAsRiversideEditor() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void an_editor_may_edit_officers_serving_their_neighbourhood_but_no_others() {
        assertThat(officers.editable()).extracting(EditableOfficer::slug)
                .contains("tomasz-lis").doesNotContain("samira-haddad");

        var samira = officers.findBySlug("samira-haddad").orElseThrow();
        assertThatThrownBy(() -> officers.update(samira.id(), 0, details("Neighbourhood Officer", "Changed")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.find(samira.id())).isInstanceOf(AccessDeniedException.class);
        assertThat(officers.findBySlug("samira-haddad").orElseThrow().texts()).isEqualTo(samira.texts());
    }

    @Test
    void an_administrator_may_edit_every_officer() {
        SignedIn.as(securityContext, "admin", "ADMIN");

        assertThat(officers.editable()).extracting(EditableOfficer::slug).contains("tomasz-lis", "samira-haddad");
    }

    @Test
    void a_changed_bio_is_public_and_polish_visitors_read_the_polish_one() {
        var tomasz = tomasz();
        var bio = "I walk the riverside beat every morning " + System.nanoTime();

        officers.update(tomasz.id(), tomasz.version(), new OfficerDetails(tomasz.details().teamName(),
                tomasz.details().withBio("en", bio).withBio("pl", "Codziennie rano patroluję nabrzeże.").texts(),
                List.of("en", "pl")));

        var profile = officers.findBySlug("tomasz-lis").orElseThrow();
        assertThat(profile.bioFor(Locale.ENGLISH, contentLanguages))
                .hasValue(new Localised<>(bio, Locale.ENGLISH, true));
        assertThat(profile.bioFor(Locale.of("pl"), contentLanguages))
                .hasValue(new Localised<>("Codziennie rano patroluję nabrzeże.", Locale.of("pl"), true));
        assertThat(profile.languages()).containsExactlyInAnyOrder("en", "pl");
    }

    @Test
    void a_story_written_only_in_polish_is_shown_to_every_reader_saying_it_is_polish() {
        var tomasz = tomasz();
        var polish = "Piszę tylko po polsku " + System.nanoTime();

        officers.update(tomasz.id(), tomasz.version(), new OfficerDetails(tomasz.details().teamName(),
                tomasz.details().withBio("en", "  ").withBio("pl", polish).texts(), List.of("pl")));

        var profile = officers.findBySlug("tomasz-lis").orElseThrow();
        assertThat(profile.texts().get("en")).as("the English role stays, with no story")
                .isEqualTo(new OfficerText(tomasz.details().role("en"), null));
        assertThat(profile.bioFor(Locale.ENGLISH, contentLanguages))
                .hasValue(new Localised<>(polish, Locale.of("pl"), false));
        assertThat(profile.bioFor(Locale.of("cy"), contentLanguages))
                .hasValue(new Localised<>(polish, Locale.of("pl"), false));
    }

    @Test
    void a_story_in_every_configured_language_is_kept_and_audited_language_by_language() {
        var tomasz = tomasz();
        var welsh = "Rydw i’n dysgu Cymraeg " + System.nanoTime();

        officers.update(tomasz.id(), tomasz.version(), tomasz.details().withBio("cy", welsh));

        assertThat(officers.findBySlug("tomasz-lis").orElseThrow().bioFor(Locale.of("cy"), contentLanguages))
                .hasValue(new Localised<>(welsh, Locale.of("cy"), true));
        assertThat(officers.history(tomasz.id())).anySatisfy(entry ->
                assertThat(entry.details()).contains("texts.cy.bio: “null” → “" + welsh + "”"));
    }

    @Test
    void two_people_editing_the_same_officer_are_told_rather_than_overwritten() {
        var tomasz = tomasz();
        officers.update(tomasz.id(), tomasz.version(), tomasz.details().withBio("en", "First edit"));

        assertThatThrownBy(() -> officers.update(tomasz.id(), tomasz.version(),
                tomasz.details().withBio("en", "Second, stale edit")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(tomasz().details()).isEqualTo(tomasz.details().withBio("en", "First edit"));
    }

    @Test
    void a_profile_without_a_role_in_the_first_language_is_refused_even_with_a_translation() {
        var tomasz = tomasz();

        for (var roleless : List.of(tomasz.details().withRole("en", " "),
                details(null, "Bio").withRole("cy", "Swyddog Cymorth Cymunedol yr Heddlu"))) {
            assertThatThrownBy(() -> officers.update(tomasz.id(), tomasz.version(), roleless))
                    .isInstanceOfSatisfying(Refusal.class, refused -> {
                        assertThat(refused.key()).isEqualTo("content.first-language.required");
                        assertThat(refused.field()).isEqualTo("texts.en");
                    });
        }
        assertThat(tomasz()).isEqualTo(tomasz);
    }

    @Test
    void a_role_is_kept_per_language_and_readers_get_theirs_or_the_english_one_saying_so() {
        var tomasz = tomasz();
        var welsh = "Swyddog Cymorth Cymunedol yr Heddlu " + System.nanoTime();

        officers.update(tomasz.id(), tomasz.version(), tomasz.details().withRole("cy", welsh));

        var profile = officers.findBySlug("tomasz-lis").orElseThrow();
        var english = tomasz.details().role("en");
        assertThat(profile.role()).isEqualTo(english);
        assertThat(profile.roleFor(Locale.of("cy"), contentLanguages))
                .isEqualTo(new Localised<>(welsh, Locale.of("cy"), true));
        assertThat(profile.roleFor(Locale.of("fr"), contentLanguages))
                .isEqualTo(new Localised<>(english, Locale.ENGLISH, false));
        assertThat(officers.findTeam(profile.neighbourhoods().getFirst().id()))
                .filteredOn(card -> card.slug().equals("tomasz-lis")).singleElement().satisfies(card -> {
                    assertThat(card.roleFor(Locale.of("cy"))).hasValue(new Localised<>(welsh, Locale.of("cy"), true));
                    assertThat(card.roleFor(Locale.of("fr"))).hasValue(new Localised<>(english, Locale.ENGLISH,
                            false));
                });
    }

    @Test
    void every_change_is_audited_with_the_values_before_and_after() {
        var tomasz = tomasz();
        var role = "Police Community Support Officer " + System.nanoTime();

        officers.update(tomasz.id(), tomasz.version(), tomasz.details().withRole("en", role));

        assertThat(officers.history(tomasz.id())).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("editor.riverside");
            assertThat(entry.action()).isEqualTo("officer.changed");
            assertThat(entry.subjectType()).isEqualTo("officer");
            assertThat(entry.details()).contains("texts.en.role: “" + tomasz.details().role("en") + "” → “" + role
                    + "”");
        });
    }

    @Test
    void an_uploaded_photo_is_served_reencoded_without_its_exif_location() throws Exception {
        var tomasz = tomasz();
        var upload = withExif(jpeg(noise(1200, 900)));
        assertThat(indexOf(upload, "Exif")).as("the upload carries EXIF").isPositive();
        clock.advance(Duration.ofMinutes(1));
        // Served once before the change, so that the photo kept in memory is the one to be replaced.
        var before = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/" + tomasz.photoUrl())).build(),
                HttpResponse.BodyHandlers.discarding());
        assertThat(before.headers().firstValue("Content-Type")).isNotEqualTo(Optional.of("image/jpeg"));

        var saved = officers.replacePhoto(tomasz.id(), tomasz.version(), upload, "me.jpg", "Tomasz Lis in uniform");

        assertThat(saved.photoUrl()).isNotEqualTo(tomasz.photoUrl());
        assertThat(saved.photoAlt()).isEqualTo("Tomasz Lis in uniform");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/" + saved.photoUrl())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(indexOf(response.body(), "Exif")).isNegative();
        var served = ImageIO.read(new java.io.ByteArrayInputStream(response.body()));
        assertThat(Math.max(served.getWidth(), served.getHeight())).isLessThanOrEqualTo(800);
        assertThat(officers.history(tomasz.id())).first().extracting(AuditEntry::action)
                .isEqualTo("officer.photo-replaced");
    }

    @Test
    void a_file_that_is_not_an_image_is_refused_with_the_reason() {
        var tomasz = tomasz();

        assertThatThrownBy(() -> officers.replacePhoto(tomasz.id(), tomasz.version(),
                "not a photo".getBytes(StandardCharsets.UTF_8), "notes.jpg", "Tomasz Lis"))
                .isInstanceOfSatisfying(PhotoRefusedException.class, refused -> {
                    assertThat(refused.refused().reason()).isEqualTo(RefusedPhoto.Reason.NOT_AN_IMAGE);
                    assertThat(refused.refused().messageKey()).isEqualTo("photo.refused.not-an-image");
                });
        assertThat(tomasz().version()).isEqualTo(tomasz.version());
    }

    @Test
    void a_photo_without_a_description_is_refused() throws IOException {
        var tomasz = tomasz();
        var photo = jpeg(noise(100, 100));

        assertThatThrownBy(() -> officers.replacePhoto(tomasz.id(), tomasz.version(), photo, "me.jpg", "  "))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(tomasz().version()).isEqualTo(tomasz.version());
    }

    private EditableOfficer tomasz() {
        return officers.editable().stream().filter(o -> o.slug().equals("tomasz-lis")).findFirst().orElseThrow();
    }

    private static OfficerDetails details(@org.jspecify.annotations.Nullable String role,
            @org.jspecify.annotations.Nullable String bio) {
        return new OfficerDetails("Central Neighbourhood Policing Team", Map.of("en", new OfficerText(role, bio)),
                List.of("en", "pl"));
    }

    private static BufferedImage noise(int width, int height) {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(42);
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

    /** The JPEG with a camera's EXIF block, GPS position included, right after its start-of-image marker. */
    private static byte[] withExif(byte[] jpeg) {
        var tiff = ByteBuffer.allocate(159).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put(new byte[] {'I', 'I'}).putShort((short) 42).putInt(8);
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, 1);
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
        var payload = new ByteArrayOutputStream();
        payload.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        payload.writeBytes(tiff.array());
        var segment = ByteBuffer.allocate(4 + payload.size());
        segment.putShort((short) APP1).putShort((short) (payload.size() + 2)).put(payload.toByteArray());
        var out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.writeBytes(segment.array());
        out.write(jpeg, 2, jpeg.length - 2);
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
}
