package org.neighbourhood.forums.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.MovableClock;
import org.neighbourhood.forums.ForumFixtures;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SessionFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class ForumViewsTest extends KaribuTest {

    @Autowired
    SeriesAdminService admin;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

    @Autowired
    ForumFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures.ready();
    }

    @Test
    void the_forums_page_lists_the_demo_series_and_each_series_its_sessions_and_actions_in_both_languages() {
        navigate("forums");
        assertThat(_get(H1.class).getText()).isEqualTo("Community forums");
        navigate(_get(RouterLink.class, spec -> spec.withText("Community leaders forum")).getHref());

        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Upcoming sessions", "You said, we did",
                "Past sessions");
        assertThat(_find(H3.class).stream().map(H3::getText))
                .contains("Young people do not know how to get work experience with the police.");

        speak(Locale.forLanguageTag("pl"));
        navigate("forums/community-leaders-forum");
        assertThat(_get(H1.class).getText()).isEqualTo("Forum liderów społeczności");
        assertThat(_find(H2.class).stream().map(H2::getText)).contains("Nadchodzące spotkania",
                "Powiedzieliście, zrobiliśmy");
    }

    @Test
    void a_welsh_reader_reads_the_series_in_welsh_and_a_session_nobody_wrote_in_welsh_in_english_with_a_note() {
        speak(Locale.forLanguageTag("cy"));
        navigate("forums/community-leaders-forum");

        var name = _get(H1.class);
        assertThat(name.getText()).isEqualTo("Fforwm arweinwyr cymunedol");
        assertThat(name.getElement().hasAttribute("lang")).as("in the page's own language").isFalse();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Mae arweinwyr ffydd a "
                + "chymunedol yn cwrdd â’r heddlu bob deufis i siarad am eu cymunedau a chytuno beth sy’n digwydd "
                + "nesaf.");
        var session = _find(RouterLink.class).stream()
                .filter(l -> l.getHref().startsWith("forums/community-leaders-forum/")).findFirst().orElseThrow();
        assertThat(session.getText()).isEqualTo("Community leaders forum");
        assertThat(session.getElement().getAttribute("lang")).isEqualTo("en");

        navigate(session.getHref());
        var title = _get(H1.class);
        assertThat(title.getText()).isEqualTo("Community leaders forum");
        assertThat(title.getElement().getAttribute("lang")).isEqualTo("en");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Nid yw hwn wedi’i ysgrifennu yn eich iaith eto. Iaith y testun hwn: Saesneg.");
        var kicker = _find(RouterLink.class).stream().filter(l -> l.getText().equals("Fforwm arweinwyr cymunedol"))
                .findFirst().orElseThrow();
        assertThat(kicker.getElement().hasAttribute("lang")).isFalse();

        speak(Locale.forLanguageTag("pl"));
        navigate(session.getHref());
        assertThat(_get(H1.class).getText()).isEqualTo("Forum liderów społeczności");
        assertThat(_get(H1.class).getElement().hasAttribute("lang")).isFalse();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .noneMatch(text -> text.startsWith("Ta treść nie jest jeszcze dostępna"));
    }

    @Test
    void the_listening_circle_page_does_not_say_where_it_meets() {
        navigate("forums/womens-listening-circle");
        navigate(_find(RouterLink.class).stream().filter(l -> l.getHref().startsWith("forums/womens-listening-circle/"))
                .findFirst().orElseThrow().getHref());

        var text = _find(Paragraph.class).stream().map(Paragraph::getText).toList();
        assertThat(text).anyMatch(t -> t.startsWith("This is a listening circle"))
                .noneMatch(t -> t.contains("Harbourside Family Centre"));
    }

    @Test
    void bad_input_keeps_what_was_typed_and_says_what_is_wrong_at_each_field_then_a_good_sign_up_asks_to_check_email() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        navigate(path(session));

        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Priya Fenwick");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), "priya@");
        _click(_get(Button.class, spec -> spec.withText("Sign up")));

        var email = _get(EmailField.class, spec -> spec.withLabel("Email address"));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an email address like name@example.org.");
        assertThat(email.getValue()).isEqualTo("priya@");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name")).getValue()).isEqualTo("Priya Fenwick");
        var consent = _get(Checkbox.class, spec -> spec.withLabel(
                "I agree that Northshire Police keeps my name, email, organisation and accessibility needs to run "
                        + "this forum session and to email me about it. They are deleted a year after the session."));
        assertThat(consent.isInvalid()).isTrue();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Please correct the 2 problems below.");

        var address = ForumFixtures.unique("Priya Fenwick");
        _setValue(email, address);
        _setValue(consent, true);
        _click(_get(Button.class, spec -> spec.withText("Sign up")));

        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Check your email");
        assertThat(fixtures.lastMailTo(address).subject()).startsWith("Please confirm your place");
    }

    @Test
    void a_name_longer_than_the_limit_is_kept_as_typed_and_explained_at_the_field_not_cut() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        navigate(path(session));
        var tooLong = "Priya " + "Fenwick-Abernethy".repeat(8);

        var name = _get(TextField.class, spec -> spec.withLabel("Your name"));
        // A maxlength would make the browser drop everything past it before the server ever saw it.
        assertThat(name.getElement().hasProperty("maxlength")).isFalse();
        assertThat(_get(EmailField.class, spec -> spec.withLabel("Email address")).getElement()
                .hasProperty("maxlength")).isFalse();
        _setValue(name, tooLong);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), ForumFixtures.unique("Priya"));
        _click(_get(Button.class, spec -> spec.withText("Sign up")));

        assertThat(name.getValue()).isEqualTo(tooLong).hasSizeGreaterThan(120);
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Your name can be at most 120 characters.");
    }

    @Test
    void the_emailed_links_confirm_a_place_then_manage_it_and_a_used_link_offers_a_fresh_one() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        navigate(path(session));
        var address = ForumFixtures.unique("Rahel Abernethy");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Rahel Abernethy");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), address);
        _setValue(_find(Checkbox.class).getFirst(), true);
        _click(_get(Button.class, spec -> spec.withText("Sign up")));
        var confirm = ForumFixtures.token(ForumFixtures.CONFIRM, fixtures.lastMailTo(address));

        UI.getCurrent().navigate("signup/confirm", QueryParameters.of("t", confirm));
        assertThat(_get(H1.class).getText()).isEqualTo("Confirm your place");
        _click(_get(Button.class, spec -> spec.withText("Confirm my place")));
        assertThat(_get(H1.class).getText()).isEqualTo("You are signed up");

        UI.getCurrent().navigate("signup/confirm", QueryParameters.of("t", confirm));
        assertThat(_get(H1.class).getText()).isEqualTo("This link has already been used");
        _click(_get(Button.class, spec -> spec.withText("Email me a new link")));
        var manage = ForumFixtures.token(ForumFixtures.MANAGE, fixtures.lastMailTo(address));

        UI.getCurrent().navigate("signup/manage", QueryParameters.of("t", manage));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("You have a place.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Topic")), "Safer routes to school");
        _click(_get(Button.class, spec -> spec.withText("Propose topic")));
        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Safer routes to school");
    }

    private String path(SessionFacts session) {
        org.neighbourhood.SignedIn.as(security, "admin", "ADMIN");
        try {
            var series = admin.managedSeries().stream().filter(s -> s.id() == session.seriesId()).findFirst()
                    .orElseThrow();
            return "forums/" + series.slug() + "/" + session.slug();
        } finally {
            security.clearContext();
        }
    }
}
