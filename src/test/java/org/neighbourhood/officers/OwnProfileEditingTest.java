package org.neighbourhood.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.boot.test.context.SpringBootTest.WebEnvironment.RANDOM_PORT;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Localised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The demo sign-in officer.riverside is linked to PC Agnieszka Wróblewska and holds no role of its own: it may
 * edit her story, languages and photo, and nothing else. Same web environment as the browser tests, so all share
 * one application context.
 */
@SpringBootTest(webEnvironment = RANDOM_PORT)
class OwnProfileEditingTest {

    private static final String OWN = "agnieszka-wroblewska";
    /** The photo description the public profile test expects; kept so that this test leaves it as it was. */
    private static final String OWN_ALT = "Illustration standing in for a photo of PC Agnieszka Wróblewska";

    @Autowired
    OfficerService officers;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    MovableClock clock;

    @Autowired
    ContentLanguages contentLanguages;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void a_linked_officer_edits_their_own_story_and_languages_and_the_public_reads_them() {
        signInAsOfficer();
        var own = officers.ownProfile().orElseThrow();
        assertThat(own.slug()).isEqualTo(OWN);
        assertThat(own.roleAndTeamEditable()).isFalse();
        var bio = own.details().bio("en") + " Ask me about the embankment walks " + System.nanoTime();
        var bioPl = "Przyjechałam do Northshire z Polski jako nastolatka. " + System.nanoTime();

        var at = clock.instant();
        officers.update(own.id(), own.version(), new OfficerDetails(own.details().teamName(),
                own.details().withBio("en", bio).withBio("pl", bioPl).texts(), List.of("en", "pl", "ru")));

        var profile = officers.findBySlug(OWN).orElseThrow();
        assertThat(profile.bioFor(Locale.ENGLISH, contentLanguages)).map(Localised::text).hasValue(bio);
        assertThat(profile.bioFor(Locale.of("pl"), contentLanguages)).map(Localised::text).hasValue(bioPl);
        assertThat(profile.languages()).containsExactlyInAnyOrder("en", "pl", "ru");
        // Found by its time, not as the newest: see a_linked_officer_replaces_their_own_photo.
        assertThat(officers.history(own.id())).anySatisfy(entry -> {
            assertThat(entry.actor()).isEqualTo("officer.riverside");
            assertThat(entry.action()).isEqualTo("officer.changed");
            assertThat(entry.details()).contains(bio);
            assertThat(entry.occurredAt()).isCloseTo(at, within(1, ChronoUnit.MILLIS));
        });
    }

    @Test
    void a_linked_officer_replaces_their_own_photo() throws IOException {
        signInAsOfficer();
        var own = officers.ownProfile().orElseThrow();
        clock.advance(Duration.ofMinutes(1));

        var at = clock.instant();
        var saved = officers.replacePhoto(own.id(), own.version(), jpeg(), "me.jpg", OWN_ALT);

        assertThat(saved.photoUrl()).isNotEqualTo(own.photoUrl());
        // Found by its time, not as the newest: test contexts share the database, each on a clock of its own, so
        // another context's later-looking change to her profile can come first.
        assertThat(officers.history(own.id())).anySatisfy(entry -> {
            assertThat(entry.action()).isEqualTo("officer.photo-replaced");
            assertThat(entry.actor()).isEqualTo("officer.riverside");
            assertThat(entry.occurredAt()).isCloseTo(at, within(1, ChronoUnit.MILLIS));
        });
    }

    @Test
    void a_linked_officer_may_not_change_their_own_role_or_team() {
        signInAsOfficer();
        var own = officers.ownProfile().orElseThrow();

        assertThatThrownBy(() -> officers.update(own.id(), own.version(),
                own.details().withRole("en", "Neighbourhood Sergeant"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.update(own.id(), own.version(),
                own.details().withRole("cy", "Rhingyll Cymdogaeth"))).as("nor in a translation")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.update(own.id(), own.version(), new OfficerDetails("Castle Quarter Team",
                own.details().texts(), own.details().languages()))).isInstanceOf(AccessDeniedException.class);
        assertThat(officers.ownProfile().orElseThrow().details()).isEqualTo(own.details());
    }

    @Test
    void a_linked_officer_may_not_edit_another_officer_even_in_their_own_team() throws IOException {
        signInAsOfficer();
        var tomasz = officers.findBySlug("tomasz-lis").orElseThrow();

        assertThat(officers.editable()).extracting(EditableOfficer::slug).containsExactly(OWN);
        assertThatThrownBy(() -> officers.find(tomasz.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.history(tomasz.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.update(tomasz.id(), 0, new OfficerDetails(tomasz.teamName(),
                Map.of("en", new OfficerText(tomasz.role(), "Not mine to write")), List.of("en"))))
                .isInstanceOf(AccessDeniedException.class);
        var photo = jpeg();
        assertThatThrownBy(() -> officers.replacePhoto(tomasz.id(), 0, photo, "me.jpg", "Someone else"))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(officers.findBySlug("tomasz-lis").orElseThrow().texts()).isEqualTo(tomasz.texts());
    }

    @Test
    void an_account_with_neither_an_officer_nor_an_editors_rights_may_edit_no_officer() {
        SignedIn.as(securityContext, "facilitator", "FACILITATOR");
        var agnieszka = officers.findBySlug(OWN).orElseThrow();

        assertThat(officers.editable()).isEmpty();
        assertThat(officers.ownProfile()).isEmpty();
        assertThatThrownBy(() -> officers.find(agnieszka.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.update(agnieszka.id(), 0, new OfficerDetails(agnieszka.teamName(),
                Map.of("en", new OfficerText(agnieszka.role(), "Not mine to write")), List.of("en"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> officers.create(new NewOfficer("Sneaky Officer", Rank.CONSTABLE, "Team",
                Map.of("en", new OfficerText("Officer", null)), List.of(), List.of("riverside"), null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void a_team_editor_still_edits_the_linked_officers_whole_profile() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");

        var agnieszka = officers.editable().stream().filter(o -> o.slug().equals(OWN)).findFirst().orElseThrow();

        assertThat(agnieszka.roleAndTeamEditable()).isTrue();
        assertThat(officers.ownProfile()).isEmpty();
    }

    private void signInAsOfficer() {
        SignedIn.as(securityContext, "officer.riverside", "OFFICER");
    }

    private static byte[] jpeg() throws IOException {
        var image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        var out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        return out.toByteArray();
    }
}
