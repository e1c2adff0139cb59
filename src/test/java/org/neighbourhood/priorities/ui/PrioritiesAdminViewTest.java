package org.neighbourhood.priorities.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.priorities.PriorityService;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.publishing.ui.EditorContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class PrioritiesAdminViewTest extends KaribuTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    PriorityService priorities;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    Permissions permissions;

    @Autowired
    PageTitles titles;

    @Autowired
    MovableClock clock;

    @Autowired
    EditorContext editorContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    private PrioritiesAdminView open() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new PrioritiesAdminView(priorities, editorContext);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void a_new_priority_is_dated_today_by_the_portals_clock_not_the_machines() {
        var ahead = Duration.ofDays(400);
        clock.advance(ahead);
        try {
            var view = open();

            assertThat(_get(view, DatePicker.class, spec -> spec.withLabel("Raised on")).getValue())
                    .isEqualTo(LocalDate.now(clock.withZone(Zones.LONDON)));
        } finally {
            clock.advance(ahead.negated());
        }
    }

    @Test
    void the_english_back_office_writes_dates_as_people_in_the_uk_do() {
        var raised = _get(open(), DatePicker.class, spec -> spec.withLabel("Raised on"));

        assertThat(raised.getLocale().toLanguageTag()).isEqualTo("en-GB");
        assertThat(shownBy(raised, LocalDate.of(2026, 12, 13))).isEqualTo("13/12/2026");
    }

    @Test
    void the_polish_back_office_writes_dates_as_people_in_poland_do() {
        speak(Locale.of("pl"));
        var raised = _get(open(), DatePicker.class, spec -> spec.withLabel("Data zgłoszenia"));

        assertThat(shownBy(raised, LocalDate.of(2026, 12, 13))).isEqualTo("13.12.2026");
    }

    /** The browser writes a picker's date in the conventions of the locale the picker is given, as CLDR says. */
    private static String shownBy(DatePicker picker, LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(picker.getLocale()).format(date);
    }

    @Test
    void make_this_a_priority_starts_a_draft_naming_the_concern_in_every_language_for_its_neighbourhood() {
        var view = open();
        long riverside = neighbourhoods.findAll().stream().filter(n -> n.slug().equals("riverside")).findFirst()
                .orElseThrow().id();

        view.startFromConcern(QueryParameters.simple(Map.of("concern", "SPEEDING", "count", "14",
                "month", "2026-12", "neighbourhood", Long.toString(riverside))));

        assertThat(_get(view, TextArea.class, spec -> spec.withLabel("You said (English)")).getValue())
                .isEqualTo("Speeding: raised by 14 residents on the neighbourhood page in December 2026.");
        assertThat(_get(view, TextArea.class, spec -> spec.withLabel("You said (Polish)")).getValue())
                .isEqualTo("Przekraczanie prędkości: zgłoszone przez 14 mieszkańców na stronie okolicy (grudzień 2026).");
        assertThat(_get(view, TextArea.class, spec -> spec.withLabel("You said (Welsh)")).getValue())
                .startsWith("Goryrru: codwyd gan 14 o drigolion");
        assertThat(_get(view, ComboBox.class, spec -> spec.withLabel("Neighbourhood")).getValue())
                .extracting("name").isEqualTo("Riverside");
    }

    @Test
    void make_this_a_priority_ignores_what_is_not_a_concern() {
        var view = open();

        view.startFromConcern(QueryParameters.simple(Map.of("concern", "<script>", "count", "14",
                "month", "2026-12")));

        assertThat(_get(view, TextArea.class, spec -> spec.withLabel("You said (English)")).getValue()).isEmpty();
    }
}
