package org.neighbourhood.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.feedback.ConcernService;
import org.neighbourhood.feedback.FeedbackService;
import org.neighbourhood.feedback.FeedbackService.InboxFilter;
import org.neighbourhood.feedback.Subject;
import org.neighbourhood.mail.LocalMailCatcher;
import org.neighbourhood.mail.MailDispatcher;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class FeedbackViewsTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/feedback/yours\\?t=([A-Za-z0-9_-]+)");

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    LocalMailCatcher catcher;

    @Autowired
    ConcernService concerns;

    @Autowired
    FeedbackService feedback;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Test
    void anonymous_feedback_from_the_neighbourhood_page_gets_a_reference_and_a_time_to_answer_by() {
        UI.getCurrent().navigate("feedback", QueryParameters.of("neighbourhood", "riverside"));
        assertThat(_get(H1.class).getText()).isEqualTo("Tell us what you think");
        @SuppressWarnings("unchecked")
        Select<Object> neighbourhood = _get(Select.class, spec -> spec.withLabel("Who is it for"));
        assertThat(neighbourhood.getValue()).isNotNull();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.contains("999") && text.contains("101"));

        subject(Subject.LITTER);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your message")), "Bins overflowing by the park.");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Stay anonymous")), true);
        assertThat(_find(EmailField.class)).as("hidden for an anonymous sender").isEmpty();
        _click(_get(Button.class, spec -> spec.withText("Send")));

        assertThat(_get(Paragraph.class, spec -> spec.withClasses("feedback-page__reference")).getText())
                .matches("Your reference: RVS-[2-9A-Z]{4}");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Your team aims to answer by ") && text.matches(".*\\d{4}, .*"))
                .contains("You gave no email, so we cannot answer you directly. Quote your reference if you "
                        + "contact us about it.");
    }

    @Test
    void a_bad_email_is_refused_at_its_field_in_polish_and_nothing_typed_is_lost() {
        speak(Locale.forLanguageTag("pl"));
        navigate("feedback");
        subject(Subject.SPEEDING);
        var message = _get(TextArea.class, spec -> spec.withLabel("Twoja wiadomość"));
        _setValue(message, "Samochody jeżdżą za szybko.");
        var email = _get(EmailField.class);
        _setValue(email, "not-an-email");
        _click(_get(Button.class, spec -> spec.withText("Wyślij")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).startsWith("To nie jest adres e-mail.");
        assertThat(message.getValue()).isEqualTo("Samochody jeżdżą za szybko.");
        assertThat(email.getValue()).isEqualTo("not-an-email");
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("feedback-page__reference"))).isEmpty();
    }

    @Test
    void with_an_email_a_receipt_is_sent_whose_link_opens_the_conversation_and_a_wrong_link_finds_nothing() {
        var address = "resident." + System.nanoTime() + "@example.org";
        navigate("feedback");
        subject(Subject.ASB);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your message")), "Noise at night on the estate.");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name (optional)")), "Sam Resident");
        _setValue(_get(EmailField.class), address);
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains(
                "We have emailed you a receipt with a private link to follow your message.");
        var reference = _get(Paragraph.class, spec -> spec.withClasses("feedback-page__reference")).getText()
                .substring("Your reference: ".length());
        assertThat(reference).startsWith("GEN-");

        catcher.start();
        while (dispatcher.dispatchDue() > 0) {
            // until the outbox is empty
        }
        var mail = catcher.caught().stream().filter(m -> m.to().equals(address)).findFirst().orElseThrow();
        var matcher = LINK.matcher(mail.text());
        assertThat(matcher.find()).isTrue();
        var token = matcher.group(1);

        UI.getCurrent().navigate("feedback/yours", QueryParameters.of("t", token));
        assertThat(_get(H1.class).getText()).isEqualTo("Your message to the team");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Reference: " + reference, "Status: New", "Noise at night on the estate.");
        assertThat(_find(Button.class, spec -> spec.withText("Ask for this to be escalated"))).isEmpty();

        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your message")), "It happened again last night.");
        _click(_get(Button.class, spec -> spec.withText("Send")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("Your message has been added. The team will see it.", "It happened again last night.");

        UI.getCurrent().navigate("feedback/yours", QueryParameters.of("t", "not-a-real-token"));
        assertThat(_get(H1.class).getText()).isEqualTo("This link does not work");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .noneMatch(text -> text.contains(reference) || text.contains("Noise"));
    }

    @Test
    void the_neighbourhood_page_invites_feedback_for_its_team() {
        navigate("neighbourhoods/riverside");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).contains("/feedback?neighbourhood=riverside");
        assertThat(_get(Anchor.class, spec -> spec.withClasses("feedback-invitation__link")).getText())
                .isEqualTo("Send your team a message");
    }

    @Test
    void a_concern_is_counted_once_from_this_browser_and_shows_in_this_months_counts() {
        long riverside = neighbourhoods.findAll().stream().filter(n -> n.slug().equals("riverside")).findFirst()
                .orElseThrow().id();
        long before = speeding(riverside);
        navigate("neighbourhoods/riverside");
        var speeding = _get(Button.class, spec -> spec.withText("Speeding").withClasses("concerns__choice"));
        assertThat(speeding.getElement().getAttribute("aria-pressed")).isEqualTo("false");

        _click(speeding);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("concerns__status")).getText())
                .isEqualTo("Thank you: “Speeding” is counted.");
        assertThat(speeding.getElement().getAttribute("aria-pressed")).isEqualTo("true");
        assertThat(speeding(riverside)).isEqualTo(before + 1);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Speeding — " + (before + 1) + " people");

        _click(speeding);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("concerns__status")).getText())
                .isEqualTo("“Speeding” is already counted from this browser this month. Thank you.");
        assertThat(speeding(riverside)).isEqualTo(before + 1);

        navigate("neighbourhoods/castle-quarter");
        navigate("neighbourhoods/riverside");
        assertThat(_get(Button.class, spec -> spec.withText("Speeding").withClasses("concerns__choice"))
                .getElement().getAttribute("aria-pressed")).as("still counted on the next visit").isEqualTo("true");
    }

    @Test
    void was_this_useful_leads_to_the_form_which_keeps_the_page_and_the_answer_for_the_team() {
        navigate("events");
        var event = _find(RouterLink.class).stream().map(RouterLink::getHref)
                .filter(href -> href.matches("/?events/[a-z0-9-]+")).findFirst().orElseThrow();
        navigate(event.replaceFirst("^/", ""));
        var eventPage = "/" + event.replaceFirst("^/", "");
        assertThat(_find(Anchor.class, spec -> spec.withClasses("useful-question__answer").withText("Yes")))
                .singleElement().satisfies(yes -> assertThat(yes.getHref())
                        .contains("page=" + eventPage.replace("/", "%2F")).endsWith("&useful=yes"));

        navigate("neighbourhoods/riverside");
        var no = _find(Anchor.class, spec -> spec.withClasses("useful-question__answer").withText("No")).getFirst();
        var location = new Location(no.getHref().substring(1));
        UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("You told us this was not "
                + "useful. What was missing, or what should we do differently? Tell us more below.");
        var message = "The priority says nothing about the underpass " + System.nanoTime();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your message")), message);
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Stay anonymous")), true);
        _click(_get(Button.class, spec -> spec.withText("Send")));
        var reference = _get(Paragraph.class, spec -> spec.withClasses("feedback-page__reference")).getText()
                .substring("Your reference: ".length());

        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        var item = feedback.inbox(InboxFilter.all(), 0, 10_000).stream()
                .filter(line -> line.reference().equals(reference)).findFirst().orElseThrow();
        var opened = feedback.open(item.id());
        assertThat(opened.message()).isEqualTo(message);
        assertThat(opened.page()).matches("/neighbourhoods/riverside#priority-\\d+");
        assertThat(opened.useful()).isFalse();
    }

    @Test
    void a_page_that_is_not_on_the_portal_is_not_kept_as_where_feedback_came_from() {
        UI.getCurrent().navigate("feedback", QueryParameters.simple(java.util.Map.of("neighbourhood", "riverside",
                "page", "https://evil.example/phish", "useful", "no")));
        assertThat(_find(Paragraph.class, spec -> spec.withClasses("feedback-page__useful"))).isEmpty();
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).doesNotContain("https://evil.example/phish");
    }

    @Test
    void a_postcode_chooses_the_team_and_one_nobody_covers_is_said_and_kept() {
        navigate("feedback");
        var postcode = _get(TextField.class, spec -> spec.withLabel("Find your team by postcode (optional)"));
        _setValue(postcode, "ns1 4ab");
        _click(_get(Button.class, spec -> spec.withText("Find my team")));
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("feedback-form__postcode-outcome")).getText())
                .isEqualTo("Your team is Riverside: it is chosen below.");
        assertThat(_get(Select.class, spec -> spec.withLabel("Who is it for")).getValue())
                .extracting("name").isEqualTo("Riverside");

        _setValue(postcode, "ZZ9 9ZZ");
        _click(_get(Button.class, spec -> spec.withText("Find my team")));
        assertThat(postcode.isInvalid()).isTrue();
        assertThat(postcode.getErrorMessage()).isEqualTo("No Northshire Police neighbourhood covers ZZ9 9ZZ.");
        assertThat(postcode.getValue()).isEqualTo("ZZ9 9ZZ");

        _setValue(postcode, "=HYPERLINK(\"x\")");
        _click(_get(Button.class, spec -> spec.withText("Find my team")));
        assertThat(postcode.getErrorMessage()).startsWith("That is longer than a postcode");
    }

    private long speeding(long neighbourhoodId) {
        return concerns.topConcerns(neighbourhoodId, concerns.currentMonth()).stream()
                .filter(count -> count.kind() == Subject.SPEEDING).mapToLong(ConcernService.ConcernCount::count)
                .sum();
    }

    @SuppressWarnings("unchecked")
    private static void subject(Subject subject) {
        Select<Subject> select = _find(Select.class).stream().filter(s -> s.getValue() == null
                && !s.getListDataView().getItems().toList().isEmpty()
                && s.getListDataView().getItems().findFirst().orElseThrow() instanceof Subject)
                .findFirst().orElseThrow();
        _setValue(select, subject);
    }
}
