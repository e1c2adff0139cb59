package org.neighbourhood.feedback.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import jakarta.annotation.security.RolesAllowed;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.feedback.ConcernService;
import org.neighbourhood.feedback.FeedbackFigures;
import org.neighbourhood.feedback.FeedbackService;
import org.neighbourhood.feedback.FeedbackService.InboxItem;
import org.neighbourhood.feedback.FeedbackService.Submission;
import org.neighbourhood.feedback.Subject;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.security.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class FeedbackInboxViewTest extends KaribuTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    FeedbackService feedback;

    @Autowired
    FeedbackFigures figures;

    @Autowired
    ConcernService concerns;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    Permissions permissions;

    @Autowired
    PageTitles titles;

    @Autowired
    MovableClock clock;

    @Autowired
    FeedbackHomeSection homeSection;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void an_editor_sees_only_their_own_neighbourhoods_feedback() {
        var mine = send(riverside(), "Riverside only " + System.nanoTime());
        var theirs = send(other(), "Somewhere else " + System.nanoTime());

        var view = openAsRiversideEditor();
        var rows = rows(view);

        assertThat(rows).extracting(InboxItem::reference).contains(mine).doesNotContain(theirs);
        assertThat(rows).allMatch(row -> Long.valueOf(riverside().id()).equals(row.neighbourhoodId()));
        assertThat(GridKt._getFormattedRow(grid(view), index(rows, mine))).contains("Riverside", mine);
        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.matches("Feedback: \\d+ due today, \\d+ overdue"));
    }

    @Test
    void an_answer_sent_from_the_detail_shows_as_answered_in_the_list() {
        var reference = send(riverside(), "Broken street light by the school " + System.nanoTime());
        var view = openAsRiversideEditor();
        var grid = grid(view);
        var item = rows(view).stream().filter(row -> row.reference().equals(reference)).findFirst().orElseThrow();

        grid.select(item);
        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Broken street light by the school"));
        _setValue(_get(view, TextArea.class, spec -> spec.withLabel("Internal note")), "<b>Asked the council</b>");
        _click(_get(view, Button.class, spec -> spec.withText("Add internal note")));
        _setValue(_get(view, TextArea.class, spec -> spec.withLabel("Answer to the resident")), "We have told the council.");
        _click(_get(view, Button.class, spec -> spec.withText("Send answer")));

        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText))
                .contains("Answer sent.", "<b>Asked the council</b>", "We have told the council.");
        var rows = rows(view);
        assertThat(GridKt._getFormattedRow(grid, index(rows, reference))).contains("Answered");
        assertThat(_get(view, TextArea.class, spec -> spec.withLabel("Answer to the resident")).getValue()).isEmpty();
    }

    @Test
    void an_empty_answer_is_refused_in_words_and_the_note_typed_is_kept() {
        var reference = send(riverside(), "Speeding on Mill Lane " + System.nanoTime());
        var view = openAsRiversideEditor();
        grid(view).select(rows(view).stream().filter(row -> row.reference().equals(reference)).findFirst().orElseThrow());

        _setValue(_get(view, TextArea.class, spec -> spec.withLabel("Internal note")), "Half-written note");
        _click(_get(view, Button.class, spec -> spec.withText("Send answer")));

        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText)).contains("Write your message.");
        assertThat(_get(view, TextArea.class, spec -> spec.withLabel("Internal note")).getValue())
                .isEqualTo("Half-written note");
    }

    @Test
    void an_overdue_item_says_so_and_comes_before_newer_ones() {
        var late = send(riverside(), "Waiting too long " + System.nanoTime());
        var ahead = feedback.answerWithin().plusMinutes(1);
        clock.advance(ahead);
        try {
            var recent = send(riverside(), "Just in " + System.nanoTime());
            var view = openAsRiversideEditor();
            var rows = rows(view);

            var lateAt = index(rows, late);
            assertThat(lateAt).isLessThan(index(rows, recent));
            assertThat(GridKt._getFormattedRow(grid(view), lateAt)).contains("Overdue · New");
            assertThat(GridKt._getFormattedRow(grid(view), index(rows, recent))).contains("New");
            assertThat(rows.subList(0, lateAt + 1)).allMatch(InboxItem::overdue);
            for (var row : rows) {
                if (row.reference().equals(late) || row.reference().equals(recent)) {
                    feedback.close(row.id());
                }
            }
        } finally {
            clock.advance(ahead.negated());
        }
    }

    @Test
    void the_address_in_the_escalation_email_opens_that_item_and_spam_is_marked_only_once_confirmed() {
        var reference = send(riverside(), "Cheap watches " + System.nanoTime());
        var view = openAsRiversideEditor();
        var id = rows(view).stream().filter(row -> row.reference().equals(reference)).findFirst().orElseThrow().id();

        view.setParameter(null, id);

        assertThat(_get(view, H2.class, spec -> spec.withText("Feedback " + reference)).isVisible()).isTrue();
        _click(_get(view, Button.class, spec -> spec.withText("Mark as spam")));
        assertThat(feedback.open(id).spam()).as("not before confirming").isFalse();
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertThat(feedback.open(id).spam()).isTrue();
        assertThat(rows(view)).extracting(InboxItem::reference).doesNotContain(reference);
    }

    @Test
    void the_back_office_home_says_what_is_due_and_links_to_the_inbox() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        var link = (Anchor) homeSection.create().orElseThrow().getChildren().findFirst().orElseThrow();

        assertThat(link.getHref()).isEqualTo("admin/feedback");
        assertThat(link.getText()).matches("Feedback: \\d+ due today, \\d+ overdue");

        SignedIn.as(securityContext, "facilitator", "FACILITATOR");
        assertThat(homeSection.create()).as("facilitators answer no feedback").isEmpty();
    }

    @Test
    void a_facilitator_cannot_open_the_inbox() {
        assertThat(FeedbackInboxView.class.getAnnotation(RolesAllowed.class).value())
                .containsExactlyInAnyOrder("ADMIN", "EDITOR");
        SignedIn.as(securityContext, "facilitator", "FACILITATOR");

        assertThatThrownBy(() -> new FeedbackInboxView(feedback, figures, concerns, neighbourhoods, permissions, titles, clock))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void the_inbox_speaks_welsh() {
        UI.getCurrent().setLocale(Locale.forLanguageTag("cy"));
        var view = openAsRiversideEditor();

        assertThat(_find(view, Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.matches("Adborth: \\d+ i’w ateb heddiw, \\d+ yn hwyr"));
    }

    @Test
    void concerns_voiced_this_month_show_with_a_way_to_make_each_a_priority() {
        var riverside = riverside();
        concerns.voice(riverside.id(), Subject.LITTER, ConcernService.newBrowserToken(), "voicer-" + System.nanoTime());
        long litter = concerns.topConcerns(riverside.id(), concerns.currentMonth()).stream()
                .filter(count -> count.kind() == Subject.LITTER).findFirst().orElseThrow().count();

        var view = openAsRiversideEditor();

        var make = _get(view, Anchor.class, spec -> spec.withText("Make this a priority")
                .withAttribute("aria-label", "Make “Litter and fly-tipping” a priority for Riverside"));
        assertThat(make.getHref()).startsWith("admin/priorities?");
        assertThat(QueryParameters.fromString(make.getHref().substring("admin/priorities?".length())).getParameters())
                .isEqualTo(Map.of("concern", List.of("LITTER"), "count", List.of(Long.toString(litter)),
                        "month", List.of(concerns.currentMonth().toString()),
                        "neighbourhood", List.of(Long.toString(riverside.id()))));
    }

    @Test
    void the_inbox_filters_by_subject_and_shows_only_the_overdue_when_asked() {
        var litter = send(riverside(), Subject.LITTER, "Bins overflowing " + System.nanoTime());
        var view = openAsRiversideEditor();

        _setValue(_get(view, com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Subject")),
                Subject.LITTER);
        assertThat(rows(view)).extracting(InboxItem::reference).contains(litter)
                .allSatisfy(reference -> assertThat(rows(view).stream()
                        .filter(row -> row.reference().equals(reference)).findFirst().orElseThrow().subject())
                        .isEqualTo(Subject.LITTER));

        _setValue(_get(view, com.vaadin.flow.component.checkbox.Checkbox.class,
                spec -> spec.withLabel("Only overdue")), true);
        assertThat(rows(view)).extracting(InboxItem::reference).doesNotContain(litter);
        assertThat(rows(view)).allMatch(InboxItem::overdue);
    }

    private FeedbackInboxView openAsRiversideEditor() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new FeedbackInboxView(feedback, figures, concerns, neighbourhoods, permissions, titles, clock);
        UI.getCurrent().add(view);
        return view;
    }

    @SuppressWarnings("unchecked")
    private static Grid<InboxItem> grid(FeedbackInboxView view) {
        return _get(view, Grid.class);
    }

    private static List<InboxItem> rows(FeedbackInboxView view) {
        return GridKt._fetch(grid(view), 0, 10_000);
    }

    private static int index(List<InboxItem> rows, String reference) {
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).reference().equals(reference)) {
                return i;
            }
        }
        throw new AssertionError(reference + " is not in the inbox");
    }

    private String send(NeighbourhoodSummary neighbourhood, String message) {
        return send(neighbourhood, Subject.OTHER, message);
    }

    private String send(NeighbourhoodSummary neighbourhood, Subject subject, String message) {
        return feedback.submit(new Submission(neighbourhood.id(), subject, message, "/riverside", null, true,
                null, null, null), Locale.ENGLISH, "inbox-test-" + ADDRESSES.incrementAndGet()).reference();
    }

    private NeighbourhoodSummary riverside() {
        return neighbourhoods.findAll().stream().filter(n -> n.name().equals("Riverside")).findFirst().orElseThrow();
    }

    private NeighbourhoodSummary other() {
        return neighbourhoods.findAll().stream().filter(n -> !n.name().equals("Riverside")).findFirst().orElseThrow();
    }
}
