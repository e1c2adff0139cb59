package org.neighbourhood.forums.series;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.forums.ForumFixtures;
import org.neighbourhood.forums.after.ActionContent;
import org.neighbourhood.forums.after.ActionStatus;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.report.ForumReport;
import org.neighbourhood.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Running series and sessions: who may, and what the service refuses. */
@SpringBootTest
class ForumSeriesAdminTest {

    @Autowired
    SeriesAdminService admin;

    @Autowired
    AfterSessionService after;

    @Autowired
    ForumReport report;

    @Autowired
    UserService users;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

    @Autowired
    ForumFixtures fixtures;

    java.time.Instant started;

    @BeforeEach
    void fixtures() {
        fixtures.ready();
        started = clock.instant();
    }

    /** Other tests in this JVM share the clock and the demo data dated from the real time: put it back. */
    @AfterEach
    void backToNow() {
        clock.advance(Duration.between(clock.instant(), started));
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void a_series_the_service_refuses_is_refused_with_a_message_key_naming_the_field_not_an_english_sentence() {
        SignedIn.as(security, "admin", "ADMIN");
        var content = english("Taken", "Summary");

        assertThatThrownBy(() -> admin.createSeries("community-leaders-forum", content, Set.of()))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.key()).isEqualTo("refusal.forum.slug");
                    assertThat(refused.field()).isEqualTo("slug");
                    assertThat(refused.arguments()).containsExactly("community-leaders-forum");
                });
        assertThatThrownBy(() -> admin.createSeries("nameless-" + System.nanoTime(), english(" ", "Summary"),
                Set.of()))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.key()).isEqualTo("content.first-language.required");
                    assertThat(refused.field()).isEqualTo("texts.en");
                    assertThat(refused.arguments()).containsExactly(java.util.Locale.ENGLISH);
                });
        assertThatThrownBy(() -> admin.createSeries("long-" + System.nanoTime(),
                english("x".repeat(SeriesText.NAME_MAX + 1), "Summary"), Set.of()))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.key()).isEqualTo("refusal.invalid");
                    assertThat(refused.field()).startsWith("texts").endsWith("name");
                });
    }

    @Test
    void a_series_is_written_in_any_configured_language_the_first_required_and_nothing_blank_is_kept() {
        SignedIn.as(security, "admin", "ADMIN");
        var texts = new HashMap<String, SeriesText>();
        texts.put("en", new SeriesText(" Riverside residents' forum ", "Residents and the police, every month.",
                null, "Monthly"));
        texts.put("pl", new SeriesText(" ", "", null, " "));
        texts.put("cy", new SeriesText("Fforwm trigolion Glan yr Afon", "Trigolion a’r heddlu, bob mis.", null,
                null));

        var created = admin.createSeries("riverside-residents-" + System.nanoTime(), new SeriesContent(texts, true),
                Set.of());

        assertThat(created.content().texts()).containsOnlyKeys("en", "cy");
        assertThat(created.content().text("en").name()).isEqualTo("Riverside residents' forum");
        assertThat(created.content().text("cy").summary()).isEqualTo("Trigolion a’r heddlu, bob mis.");
        assertThat(admin.series(created.id()).content()).isEqualTo(created.content());

        var polish = new HashMap<>(created.content().texts());
        polish.put("pl", new SeriesText("Forum mieszkańców Riverside", "Mieszkańcy i policja, co miesiąc.", null,
                null));
        var updated = admin.updateSeries(created.id(), created.version(), new SeriesContent(polish, true));
        assertThat(updated.content().texts()).containsOnlyKeys("en", "pl", "cy");
    }

    @Test
    void a_session_needs_its_title_in_the_first_language_whatever_else_it_is_written_in() {
        var session = fixtures.session(Duration.ofDays(5), 13, false, Set.of());
        SignedIn.as(security, "admin", "ADMIN");
        var c = session.content();
        var polishOnly = new SessionContent(Map.of("pl", new SessionText("Tylko po polsku", null)), c.format(),
                c.venueName(), c.venueAddress(), c.accessibilityNotes(), c.onlineUrl(), c.startsAt(), c.endsAt(),
                c.capacity(), c.chairs(), c.listeningCircle(), c.published());

        assertThatThrownBy(() -> admin.createSession(session.seriesId(), polishOnly))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.key()).isEqualTo("content.first-language.required");
                    assertThat(refused.field()).isEqualTo("texts.en");
                });
        assertThatThrownBy(() -> admin.updateSession(session.id(), session.version(), polishOnly))
                .isInstanceOf(Refusal.class);
        assertThat(admin.sessions(session.seriesId())).singleElement()
                .satisfies(row -> assertThat(row.content().text("en").title()).isEqualTo("Test session"));
    }

    @Test
    void a_facilitator_manages_only_the_series_they_are_assigned_to() {
        long facilitator = accountId("facilitator");
        var theirs = fixtures.session(Duration.ofDays(5), 13, false, Set.of(facilitator));
        var other = fixtures.session(Duration.ofDays(5), 13, false, Set.of());

        SignedIn.as(security, "facilitator", "FACILITATOR");
        assertThat(admin.managedSeries()).extracting(SeriesAdminService.SeriesRow::id).contains(theirs.seriesId())
                .doesNotContain(other.seriesId());
        assertThat(admin.sessions(theirs.seriesId())).hasSize(1);
        assertThatThrownBy(() -> admin.sessions(other.seriesId())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.publishAgenda(other.id(), true)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> after.createAction(other.id(), action(true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.csv(other.seriesId(), LocalDate.EPOCH, LocalDate.now()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> admin.createSeries("not-mine-" + System.nanoTime(), english("Mine", "Summary"),
                Set.of()))
                .isInstanceOf(AccessDeniedException.class);
        admin.publishAgenda(theirs.id(), true);

        SignedIn.as(security, "editor.riverside", "EDITOR");
        assertThat(admin.managedSeries()).isEmpty();
        assertThatThrownBy(() -> admin.sessions(theirs.seriesId())).isInstanceOf(AccessDeniedException.class);
    }

    private static SeriesContent english(String name, String summary) {
        return new SeriesContent(Map.of("en", new SeriesText(name, summary, null, null)), false);
    }

    private static ActionContent action(boolean published) {
        return new ActionContent("Residents near the canal feel unsafe after dark",
                "Extra evening foot patrols along the towpath", "Riverside team", LocalDate.now().plusDays(20),
                ActionStatus.IN_PROGRESS, published);
    }

    private long accountId(String username) {
        SignedIn.as(security, "admin", "ADMIN");
        try {
            return users.findAll().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
        } finally {
            security.clearContext();
        }
    }
}
