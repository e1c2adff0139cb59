package org.neighbourhood.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhood.forums.ForumFixtures.form;
import static org.neighbourhood.forums.ForumFixtures.unique;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SeriesContent;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.series.SessionFormat;
import org.neighbourhood.forums.series.SessionText;
import org.neighbourhood.forums.signup.SignUpService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Forums in every language teams write in: each reader gets their own language where someone wrote it, otherwise
 * the first language there is, told which it is; emails name the series and session the same way.
 */
@SpringBootTest
class ForumLanguagesTest {

    private static final Locale POLISH = Locale.forLanguageTag("pl");
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @Autowired
    ForumService forums;

    @Autowired
    SeriesAdminService admin;

    @Autowired
    SignUpService signUps;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

    @Autowired
    ForumFixtures fixtures;

    @BeforeEach
    void mailCatcher() {
        fixtures.ready();
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void the_demo_series_reads_in_welsh_and_its_sessions_written_in_english_and_polish_fall_back_to_english() {
        var welsh = forums.seriesPage("community-leaders-forum", WELSH).orElseThrow();

        assertThat(welsh.series().name()).isEqualTo("Fforwm arweinwyr cymunedol");
        assertThat(welsh.series().cadence()).isEqualTo("Bob deufis, wyneb yn wyneb ac ar-lein");
        assertThat(welsh.series().language()).isEqualTo(WELSH);
        assertThat(welsh.series().inRequestedLanguage()).isTrue();
        assertThat(welsh.upcoming()).isNotEmpty().allSatisfy(session -> {
            assertThat(session.title()).startsWith("Community leaders forum");
            assertThat(session.language()).isEqualTo(Locale.ENGLISH);
            assertThat(session.inRequestedLanguage()).isFalse();
        });

        var polish = forums.seriesPage("community-leaders-forum", POLISH).orElseThrow();
        assertThat(polish.series().name()).isEqualTo("Forum liderów społeczności");
        assertThat(polish.upcoming()).allSatisfy(session -> {
            assertThat(session.title()).startsWith("Forum liderów społeczności");
            assertThat(session.inRequestedLanguage()).isTrue();
        });
        assertThat(forums.publishedSeries(WELSH)).extracting(ForumService.PublicSeries::name)
                .contains("Cylch gwrando i fenywod", "Fforwm arweinwyr cymunedol");
    }

    @Test
    void a_series_written_only_in_english_is_shown_to_every_reader_in_english_and_says_so() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());

        for (var reader : new Locale[] {POLISH, WELSH}) {
            var page = forums.sessionPage(session.seriesSlug(), session.slug(), reader).orElseThrow();
            assertThat(page.series().language()).isEqualTo(Locale.ENGLISH);
            assertThat(page.series().inRequestedLanguage()).isFalse();
        }
        var english = forums.sessionPage(session.seriesSlug(), session.slug(), Locale.ENGLISH).orElseThrow();
        assertThat(english.series().inRequestedLanguage()).isTrue();
        assertThat(english.session().title()).isEqualTo("Test session");
        assertThat(forums.sessionPage(session.seriesSlug(), session.slug(), POLISH).orElseThrow().session().title())
                .isEqualTo("Sesja testowa");
    }

    @Test
    void emails_name_the_series_in_the_language_the_person_signed_up_in_or_the_first_one_written() {
        var session = welshAndEnglish();
        var welsh = unique("Angharad Pritchard");
        var polish = unique("Zofia Wróbel");

        signUps.signUp(session.id(), form("Angharad Pritchard", welsh), WELSH, "10.6.0.1");
        signUps.signUp(session.id(), form("Zofia Wróbel", polish), POLISH, "10.6.0.2");

        assertThat(fixtures.lastMailTo(welsh).subject()).isEqualTo("Cadarnhewch eich lle: Fforwm y Cymoedd");
        assertThat(fixtures.lastMailTo(polish).subject()).isEqualTo("Potwierdź swoje miejsce: Valleys forum");
        var confirmPage = signUps.confirmPage(ForumFixtures.token(ForumFixtures.CONFIRM, fixtures.lastMailTo(welsh)),
                WELSH).session();
        assertThat(confirmPage).isNotNull();
        assertThat(confirmPage.seriesName().text()).isEqualTo("Fforwm y Cymoedd");
        assertThat(confirmPage.title().text()).isEqualTo("Sesiwn y gwanwyn");
        assertThat(confirmPage.title().inRequestedLanguage()).isTrue();
    }

    /** A series and one session written in English and Welsh, nothing in Polish. */
    private SessionFacts welshAndEnglish() {
        SignedIn.as(security, "admin", "ADMIN");
        try {
            var series = admin.createSeries("valleys-" + System.nanoTime(), new SeriesContent(Map.of(
                    "en", new SeriesText("Valleys forum", "Residents of the valleys and the police.", null, null),
                    "cy", new SeriesText("Fforwm y Cymoedd", "Trigolion y cymoedd a’r heddlu.", null, null)), true),
                    Set.of());
            var starts = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
            return admin.createSession(series.id(), new SessionContent(Map.of(
                    "en", new SessionText("Spring session", null), "cy", new SessionText("Sesiwn y gwanwyn", null)),
                    SessionFormat.ONLINE, null, null, null, "https://meet.example/valleys", starts,
                    starts.plus(Duration.ofHours(2)), 20, null, false, true));
        } finally {
            security.clearContext();
        }
    }
}
