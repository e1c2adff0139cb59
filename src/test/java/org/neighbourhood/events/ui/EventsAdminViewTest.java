package org.neighbourhood.events.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.events.EventService;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.publishing.ui.EditorContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class EventsAdminViewTest extends KaribuTest {

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    EventService events;

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

    private EventsAdminView open() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new EventsAdminView(events, editorContext);
        UI.getCurrent().add(view);
        return view;
    }

    @Test
    void a_new_event_is_proposed_a_week_ahead_by_the_portals_clock_not_the_machines() {
        var ahead = Duration.ofDays(400);
        clock.advance(ahead);
        try {
            var view = open();

            var weekAhead = LocalDateTime.now(clock.withZone(Zones.LONDON)).plusDays(7).toLocalDate();
            assertThat(_get(view, DateTimePicker.class, spec -> spec.withLabel("Starts")).getValue())
                    .isEqualTo(weekAhead.atTime(10, 0));
        } finally {
            clock.advance(ahead.negated());
        }
    }

    @Test
    void the_english_back_office_writes_times_on_the_24_hour_clock() {
        var starts = _get(open(), DateTimePicker.class, spec -> spec.withLabel("Starts"));

        assertThat(starts.getLocale().toLanguageTag()).isEqualTo("en-GB");
        // The browser writes the time in the conventions of the picker's locale, as CLDR says.
        assertThat(DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(starts.getLocale())
                .format(LocalTime.of(18, 30))).isEqualTo("18:30");
    }
}
