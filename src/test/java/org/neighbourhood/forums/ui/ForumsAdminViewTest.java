package org.neighbourhood.forums.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.report.ForumReport;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SeriesAdminService.SeriesRow;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

class ForumsAdminViewTest extends KaribuTest {

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    SeriesAdminService admin;

    @Autowired
    RegistrationAdminService signUps;

    @Autowired
    AgendaService agenda;

    @Autowired
    AfterSessionService after;

    @Autowired
    ForumReport report;

    @Autowired
    UserService users;

    @Autowired
    PageTitles titles;

    @Autowired
    Clock clock;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    @Test
    void a_facilitator_sees_their_series_and_no_way_to_create_one_and_the_back_office_speaks_polish_too() {
        SignedIn.as(security, "facilitator", "FACILITATOR");
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new ForumsAdminView(admin, signUps, agenda, after, report, users, titles, clock);
        UI.getCurrent().add(view);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Forums");
        @SuppressWarnings("unchecked")
        Grid<SeriesRow> series = _find(view, Grid.class).getFirst();
        assertThat(series.getGenericDataView().getItems().map(s -> s.content().name()))
                .contains("Community leaders forum", "Women's listening circle");
        assertThat(_find(view, Button.class, spec -> spec.withText("New series"))).as("only administrators").isEmpty();

        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        var polish = new ForumsAdminView(admin, signUps, agenda, after, report, users, titles, clock);
        UI.getCurrent().add(polish);
        assertThat(_get(polish, H1.class).getText()).isEqualTo("Fora");
    }

    @Test
    void the_session_editor_and_follow_up_pickers_write_dates_as_people_in_the_uk_do_not_american_ones() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var sessionForm = new SessionForm();
        var followUp = new FollowUpPanel(signUps, report, LocalDate.of(2026, 12, 13));
        UI.getCurrent().add(sessionForm, followUp);

        assertThat(_find(sessionForm, DateTimePicker.class)).hasSize(2)
                .allSatisfy(picker -> assertThat(picker.getLocale()).isEqualTo(Locale.UK));
        assertThat(_find(followUp, DatePicker.class)).hasSize(2)
                .allSatisfy(picker -> assertThat(picker.getLocale()).isEqualTo(Locale.UK));
    }

    @Test
    void a_taken_address_name_is_refused_at_its_field_in_the_readers_language_not_in_the_services_english() {
        SignedIn.as(security, "admin", "ADMIN");
        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        var view = new ForumsAdminView(admin, signUps, agenda, after, report, users, titles, clock);
        UI.getCurrent().add(view);

        _click(_get(view, Button.class, spec -> spec.withText("Nowa seria")));
        var slug = _get(view, TextField.class, spec -> spec.withLabel("Nazwa w adresie"));
        _setValue(slug, "community-leaders-forum");
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Nazwa")), "Drugie forum liderów");
        _setValue(_get(view, TextArea.class, spec -> spec.withLabel("Krótki opis")), "Opis");
        _click(_get(view, Button.class, spec -> spec.withText("Zapisz")));

        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).isEqualTo("Nazwa w adresie „community-leaders-forum” jest zajęta lub "
                + "nieprawidłowa: użyj małych liter, cyfr i łączników i wybierz nazwę, której nie ma żadna inna seria.");
    }
}
