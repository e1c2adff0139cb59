package org.neighbourhood.forums.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ContentLanguages;
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
    ContentLanguages languages;

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
        var view = new ForumsAdminView(admin, signUps, agenda, after, report, users, titles, languages, clock);
        UI.getCurrent().add(view);

        assertThat(_get(view, H1.class).getText()).isEqualTo("Forums");
        @SuppressWarnings("unchecked")
        Grid<SeriesRow> series = _find(view, Grid.class).getFirst();
        assertThat(series.getGenericDataView().getItems().map(s -> s.content().text("en").name()))
                .contains("Community leaders forum", "Women's listening circle");
        assertThat(_find(view, Button.class, spec -> spec.withText("New series"))).as("only administrators").isEmpty();

        UI.getCurrent().setLocale(Locale.forLanguageTag("pl"));
        var polish = new ForumsAdminView(admin, signUps, agenda, after, report, users, titles, languages, clock);
        UI.getCurrent().add(polish);
        assertThat(_get(polish, H1.class).getText()).isEqualTo("Fora");
    }

    @Test
    void the_session_editor_and_follow_up_pickers_write_dates_as_people_in_the_uk_do_not_american_ones() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var sessionForm = new SessionForm(languages.all());
        var followUp = new FollowUpPanel(signUps, report, languages, LocalDate.of(2026, 12, 13));
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
        var view = new ForumsAdminView(admin, signUps, agenda, after, report, users, titles, languages, clock);
        UI.getCurrent().add(view);

        _click(_get(view, Button.class, spec -> spec.withText("Nowa seria")));
        var slug = _get(view, TextField.class, spec -> spec.withLabel("Nazwa w adresie"));
        _setValue(slug, "community-leaders-forum");
        var english = section(view, "Angielski");
        _setValue(_get(english, TextField.class, spec -> spec.withLabel("Nazwa")), "Drugie forum liderów");
        _setValue(_get(english, TextArea.class, spec -> spec.withLabel("Krótki opis")), "Opis");
        _click(_get(view, Button.class, spec -> spec.withText("Zapisz")));

        assertThat(slug.isInvalid()).isTrue();
        assertThat(slug.getErrorMessage()).isEqualTo("Nazwa w adresie „community-leaders-forum” jest zajęta lub "
                + "nieprawidłowa: użyj małych liter, cyfr i łączników i wybierz nazwę, której nie ma żadna inna seria.");
    }

    @Test
    void the_series_editor_has_a_section_for_each_configured_language_the_first_required_and_saves_welsh_too() {
        SignedIn.as(security, "admin", "ADMIN");
        var view = new ForumsAdminView(admin, signUps, agenda, after, report, users, titles, languages, clock);
        UI.getCurrent().add(view);
        _click(_get(view, Button.class, spec -> spec.withText("New series")));

        assertThat(_find(view, Details.class).stream().map(Details::getSummaryText))
                .containsExactly("English", "Polish (optional)", "Welsh (optional)");
        assertThat(section(view, "English").isOpened()).isTrue();
        assertThat(section(view, "Welsh (optional)").isOpened()).isFalse();

        var slug = "valleys-forum-" + System.nanoTime();
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Address name")), slug);
        var welsh = section(view, "Welsh (optional)");
        _setValue(_get(welsh, TextField.class, spec -> spec.withLabel("Name")), "Fforwm y Cymoedd");
        _click(_get(view, Button.class, spec -> spec.withText("Save")));

        var englishName = _get(section(view, "English"), TextField.class, spec -> spec.withLabel("Name"));
        assertThat(englishName.isInvalid()).as("the first language is required").isTrue();
        var welshSummary = _get(welsh, TextArea.class, spec -> spec.withLabel("Summary"));
        assertThat(welshSummary.isInvalid()).as("a translation that is begun needs its summary too").isTrue();
        assertThat(admin.managedSeries()).noneMatch(row -> row.slug().equals(slug));

        _setValue(englishName, "Valleys forum");
        _setValue(_get(section(view, "English"), TextArea.class, spec -> spec.withLabel("Summary")),
                "Residents of the valleys and the police.");
        _setValue(welshSummary, "Trigolion y cymoedd a’r heddlu.");
        _click(_get(view, Button.class, spec -> spec.withText("Save")));

        var saved = admin.managedSeries().stream().filter(row -> row.slug().equals(slug)).findFirst().orElseThrow();
        assertThat(saved.content().texts()).containsOnlyKeys("en", "cy");
        assertThat(saved.content().text("cy").name()).isEqualTo("Fforwm y Cymoedd");
    }

    private static Details section(Component view, String summary) {
        return _find(view, Details.class).stream().filter(d -> d.getSummaryText().equals(summary)).findFirst()
                .orElseThrow();
    }
}
