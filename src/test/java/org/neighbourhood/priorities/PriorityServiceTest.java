package org.neighbourhood.priorities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.publishing.EditableItem;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@SpringBootTest
class PriorityServiceTest {

    @Autowired
    PriorityService priorities;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    MovableClock clock;

    long riverside;

    @BeforeEach
    void signInAsRiversideEditor() {
        riverside = neighbourhoods.findBySlug("riverside").orElseThrow().id();
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void a_draft_is_never_public_and_publishing_makes_it_so() {
        var draft = priorities.create(riverside, content("Litter dumped behind the bus station " + System.nanoTime()));
        assertThat(publicIssues()).doesNotContain(issueOf(draft));

        priorities.publish(draft.id(), draft.version(), null);

        assertThat(publicIssues()).contains(issueOf(draft));
    }

    @Test
    void a_scheduled_priority_becomes_public_when_its_time_comes() {
        var draft = priorities.create(riverside, content("Graffiti on the underpass " + System.nanoTime()));
        var scheduled = priorities.publish(draft.id(), draft.version(), clock.instant().plus(Duration.ofDays(2)));
        assertThat(scheduled.live()).isFalse();
        assertThat(publicIssues()).doesNotContain(issueOf(draft));

        clock.advance(Duration.ofDays(2).plusMinutes(1));
        try {
            assertThat(publicIssues()).contains(issueOf(draft));
        } finally {
            // Other tests share this clock and the demo data dated from the real time: put it back.
            clock.advance(Duration.ofDays(2).plusMinutes(1).negated());
        }
    }

    @Test
    void unpublishing_takes_a_priority_off_the_public_page() {
        var draft = priorities.create(riverside, content("Noise from the late bars " + System.nanoTime()));
        var published = priorities.publish(draft.id(), draft.version(), null);

        priorities.unpublish(published.id(), published.version());

        assertThat(publicIssues()).doesNotContain(issueOf(draft));
    }

    @Test
    void polish_visitors_see_the_polish_text_or_the_english_with_a_note() {
        var both = new PriorityContent(Map.of("en", new PriorityText("Dark alleyway by the car park", null),
                "pl", new PriorityText("Ciemne przejście przy parkingu", null)),
                LocalDate.now(clock), null, PriorityStatus.OPEN);

        var polish = priorities.preview(both, Locale.of("pl"));
        var englishOnly = priorities.preview(content("Dark alleyway by the car park"), Locale.of("pl"));

        assertThat(polish.issue()).isEqualTo("Ciemne przejście przy parkingu");
        assertThat(polish.inRequestedLanguage()).isTrue();
        assertThat(englishOnly.issue()).isEqualTo("Dark alleyway by the car park");
        assertThat(englishOnly.inRequestedLanguage()).isFalse();
        assertThat(englishOnly.language()).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void welsh_visitors_see_the_welsh_and_a_language_not_written_falls_back_to_the_first() {
        var three = new PriorityContent(Map.of("en", new PriorityText("Dark alleyway", "New lights"),
                "pl", new PriorityText("Ciemne przejście", null),
                "cy", new PriorityText("Lôn dywyll", "Goleuadau newydd")), LocalDate.now(clock), null,
                PriorityStatus.DONE);

        var welsh = priorities.preview(three, Locale.of("cy"));
        var polish = priorities.preview(three, Locale.of("pl"));

        assertThat(welsh.issue()).isEqualTo("Lôn dywyll");
        assertThat(welsh.action()).isEqualTo("Goleuadau newydd");
        assertThat(welsh.language()).isEqualTo(Locale.of("cy"));
        assertThat(welsh.inRequestedLanguage()).isTrue();
        assertThat(polish.issue()).isEqualTo("Ciemne przejście");
        assertThat(polish.action()).as("a translation is shown as written, not mixed with another language")
                .isNull();
    }

    @Test
    void a_priority_needs_its_first_language_and_blank_translations_are_not_kept() {
        var withoutEnglish = new PriorityContent(Map.of("pl", new PriorityText("Tylko po polsku", null)),
                LocalDate.now(clock), null, PriorityStatus.OPEN);
        assertThatThrownBy(() -> priorities.create(riverside, withoutEnglish))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.key()).isEqualTo("content.first-language.required");
                    assertThat(r.field()).isEqualTo("texts.en");
                });

        var blankWelsh = new PriorityContent(Map.of("en", new PriorityText("Fly-tipping " + System.nanoTime(), null),
                "cy", new PriorityText(" ", "")), LocalDate.now(clock), null, PriorityStatus.OPEN);
        var created = priorities.create(riverside, blankWelsh);
        assertThat(created.content().texts()).containsOnlyKeys("en");
    }

    @Test
    void two_people_editing_the_same_priority_are_told_rather_than_overwritten() {
        var draft = priorities.create(riverside, content("Cycling on the pavement " + System.nanoTime()));
        priorities.update(draft.id(), draft.version(), content("First edit"));

        assertThatThrownBy(() -> priorities.update(draft.id(), draft.version(), content("Second, stale edit")))
                .isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(issueOf(priorities.find(draft.id()).orElseThrow())).isEqualTo("First edit");
    }

    @Test
    void an_empty_issue_is_refused_and_nothing_is_stored() {
        var before = priorities.editable().size();

        assertThatThrownBy(() -> priorities.create(riverside, content(" ")))
                .isInstanceOfSatisfying(Refusal.class,
                        r -> assertThat(r.key()).isEqualTo("content.first-language.required"));
        assertThatThrownBy(() -> priorities.create(riverside, content("x".repeat(PriorityContent.ISSUE_MAX + 1))))
                .isInstanceOf(ConstraintViolationException.class);
        assertThat(priorities.editable()).hasSize(before);
    }

    @Test
    void the_history_says_who_changed_what_with_the_values_before_and_after() {
        var draft = priorities.create(riverside, content("Drug dealing in the park"));
        priorities.update(draft.id(), draft.version(), content("Drug dealing in Riverside Park"));

        var history = priorities.history(draft.id());

        assertThat(history).first().satisfies(entry -> {
            assertThat(entry.actor()).isEqualTo("editor.riverside");
            assertThat(entry.action()).isEqualTo("priority.changed");
            assertThat(entry.details()).isEqualTo("texts.en.issue: “Drug dealing in the park” → “Drug dealing in Riverside Park”");
        });
        assertThat(history).last().extracting(org.neighbourhood.security.AuditEntry::action)
                .isEqualTo("priority.created");
    }

    private java.util.List<String> publicIssues() {
        return priorities.publishedFor(riverside, Locale.ENGLISH).stream().map(PriorityService.PublicPriority::issue)
                .toList();
    }

    private PriorityContent content(String issue) {
        return new PriorityContent(Map.of("en", new PriorityText(issue, null)), LocalDate.now(clock), null,
                PriorityStatus.OPEN);
    }

    private static String issueOf(EditableItem<PriorityContent> priority) {
        return java.util.Objects.requireNonNull(priority.content().texts().get("en").issue());
    }
}
