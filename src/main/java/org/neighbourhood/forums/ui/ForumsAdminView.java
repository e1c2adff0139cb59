package org.neighbourhood.forums.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.report.ForumReport;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SeriesAdminService.SeriesRow;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.signup.PlaceCount;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.security.Role;
import org.neighbourhood.security.UserService;
import org.neighbourhood.security.UserService.UserSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Facilitators run their forum series here: sessions, who signed up, the waiting list, the agenda,
 * attendance, actions, feedback, follow-up and the board's report. Administrators also create series and
 * choose their facilitators.
 */
@Route(value = "admin/forums", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "FACILITATOR"})
class ForumsAdminView extends Main implements HasDynamicTitle {

    private final SeriesAdminService admin;
    private final RegistrationAdminService signUps;
    private final UserService users;
    private final PageTitles titles;
    private final ContentLanguages languages;
    private final Clock clock;
    private final Grid<SeriesRow> seriesGrid = new Grid<>();
    private final SeriesForm seriesForm;
    private final H2 seriesHeading = new H2();
    private final Paragraph seriesOutcome = new Paragraph();
    private final Div seriesEditor = new Div();
    private final Grid<SessionFacts> sessionGrid = new Grid<>();
    private final Div sessionsBlock = new Div();
    private final SessionForm sessionForm;
    private final H2 sessionHeading = new H2();
    private final Paragraph sessionOutcome = new Paragraph();
    private final Anchor publicPage = new Anchor();
    private final SessionSections tabs = new SessionSections();
    private final RegistrationsPanel registrations;
    private final AgendaPanel agenda;
    private final ActionsPanel actions;
    private final FeedbackPanel feedback;
    private final FollowUpPanel followUp;
    private @Nullable SeriesRow series;
    private @Nullable SessionFacts session;
    private Map<Long, PlaceCount> places = Map.of();

    ForumsAdminView(SeriesAdminService admin, RegistrationAdminService signUps, AgendaService agendaService,
            AfterSessionService after, ForumReport report, UserService users, PageTitles titles,
            ContentLanguages languages, Clock clock) {
        this.admin = admin;
        this.signUps = signUps;
        this.users = users;
        this.titles = titles;
        this.languages = languages;
        this.clock = clock;
        this.seriesForm = new SeriesForm(languages.all());
        this.sessionForm = new SessionForm(languages.all());
        this.registrations = new RegistrationsPanel(signUps, message -> refreshSessions());
        this.agenda = new AgendaPanel(agendaService, admin);
        this.actions = new ActionsPanel(after);
        this.feedback = new FeedbackPanel(after);
        this.followUp = new FollowUpPanel(signUps, report, languages, LocalDate.now(clock.withZone(Zones.LONDON)));
        addClassName("admin-content");

        seriesGrid.addColumn(s -> ContentNames.name(languages, s.content(), getLocale()))
                .setHeader(getTranslation("admin.forums.series.name"));
        seriesGrid.addColumn(s -> getTranslation(s.content().published() ? "admin.forums.public" : "admin.forums.hidden"))
                .setHeader(getTranslation("admin.forums.series.published")).setAutoWidth(true);
        seriesGrid.setAriaLabel(getTranslation("admin.forums.series.title"));
        seriesGrid.setAllRowsVisible(true);
        seriesGrid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                openSeries(event.getValue());
            }
        });
        var newSeries = new Button(getTranslation("admin.forums.series.new"), click -> newSeries());
        newSeries.setVisible(admin.canCreateSeries());
        var saveSeries = new Button(getTranslation("admin.save"), click -> saveSeries());
        saveSeries.addThemeVariants(ButtonVariant.PRIMARY);
        seriesOutcome.getElement().setAttribute("role", "status");
        seriesEditor.add(seriesHeading, seriesForm, new Div(saveSeries), seriesOutcome);
        seriesEditor.setVisible(false);

        sessionGrid.addColumn(s -> TimeRanges.format(s.content().startsAt(), s.content().endsAt(), getLocale()))
                .setHeader(getTranslation("admin.forums.session.when")).setAutoWidth(true);
        sessionGrid.addColumn(s -> ContentNames.title(languages, s.content(), getLocale())
                        + (s.content().listeningCircle() ? " · " + getTranslation("forum.circle.label") : ""))
                .setHeader(getTranslation("admin.forums.session.title"));
        sessionGrid.addColumn(s -> {
            var count = places.getOrDefault(s.id(), PlaceCount.NONE);
            return getTranslation("admin.forums.session.counts", count.confirmed(), s.capacity(), count.waiting(),
                    count.pending());
        }).setHeader(getTranslation("admin.forums.session.places")).setAutoWidth(true);
        sessionGrid.addColumn(s -> getTranslation(s.content().published() ? "admin.forums.public" : "admin.forums.hidden"))
                .setHeader(getTranslation("admin.forums.series.published")).setAutoWidth(true);
        sessionGrid.setAriaLabel(getTranslation("admin.forums.sessions.title"));
        sessionGrid.setAllRowsVisible(true);
        sessionGrid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                openSession(event.getValue());
            }
        });
        var newSession = new Button(getTranslation("admin.forums.session.new"), click -> newSession());
        sessionsBlock.add(new H2(getTranslation("admin.forums.sessions.title")), sessionGrid, new Div(newSession));

        var saveSession = new Button(getTranslation("admin.save"), click -> saveSession());
        saveSession.addThemeVariants(ButtonVariant.PRIMARY);
        sessionOutcome.getElement().setAttribute("role", "status");
        publicPage.setText(getTranslation("admin.forums.session.public-page"));
        publicPage.setTarget("_blank");
        var details = new Div(sessionForm, new Div(saveSession, publicPage), sessionOutcome);
        tabs.add("admin.forums.tab.details", details);
        tabs.add("admin.forums.tab.registrations", registrations);
        tabs.add("admin.forums.tab.agenda", agenda);
        tabs.add("admin.forums.tab.actions", actions);
        tabs.add("admin.forums.tab.feedback", feedback);

        sessionsBlock.setVisible(false);
        sessionHeading.setVisible(false);
        tabs.setVisible(false);
        followUp.setVisible(false);
        var intro = new Paragraph(getTranslation(admin.canCreateSeries() ? "admin.forums.intro.admin"
                : "admin.forums.intro"));
        add(new H1(getTranslation("admin.forums.title")), intro, seriesGrid, new Div(newSeries), seriesEditor,
                sessionsBlock, sessionHeading, tabs, followUp);
        refreshSeries();
    }

    private void refreshSeries() {
        var rows = admin.managedSeries();
        seriesGrid.setItems(rows);
        if (rows.isEmpty()) {
            seriesGrid.setVisible(false);
            add(new Paragraph(getTranslation("admin.forums.none")));
        }
    }

    private List<UserSummary> facilitatorCandidates() {
        return admin.canCreateSeries() ? users.findAll().stream()
                .filter(u -> u.enabled() && u.roles().contains(Role.FACILITATOR)).toList() : List.of();
    }

    private void newSeries() {
        series = null;
        seriesGrid.asSingleSelect().clear();
        seriesHeading.setText(getTranslation("admin.forums.series.new"));
        seriesForm.read(null, facilitatorCandidates(), Set.of(), true, true);
        seriesEditor.setVisible(true);
        sessionsBlock.setVisible(false);
        closeSession();
        followUp.setVisible(false);
        seriesOutcome.setText("");
    }

    private void openSeries(SeriesRow row) {
        series = row;
        seriesHeading.setText(getTranslation("admin.forums.series.edit",
                ContentNames.name(languages, row.content(), getLocale())));
        seriesForm.read(row.content(), facilitatorCandidates(), row.facilitatorIds(), false, admin.canCreateSeries());
        seriesEditor.setVisible(true);
        seriesOutcome.setText("");
        sessionsBlock.setVisible(true);
        closeSession();
        refreshSessions();
        followUp.show(row.id(), row.slug());
        followUp.setVisible(true);
    }

    private void saveSeries() {
        var content = seriesForm.content();
        if (content == null) {
            seriesOutcome.setText(getTranslation("admin.fix-fields"));
            return;
        }
        try {
            var current = series;
            SeriesRow saved;
            if (current == null) {
                try {
                    saved = admin.createSeries(seriesForm.slug(), content, seriesForm.facilitatorIds());
                } catch (Refusal refused) {
                    if (!"slug".equals(refused.field())) {
                        throw refused;
                    }
                    seriesForm.refuseSlug(getTranslation(refused.key(), refused.arguments()));
                    seriesOutcome.setText(getTranslation("admin.fix-fields"));
                    return;
                }
            } else {
                saved = admin.updateSeries(current.id(), current.version(), content);
                if (admin.canCreateSeries() && !saved.facilitatorIds().equals(seriesForm.facilitatorIds())) {
                    saved = admin.assignFacilitators(saved.id(), saved.version(), seriesForm.facilitatorIds());
                }
            }
            seriesGrid.setItems(admin.managedSeries());
            seriesGrid.setVisible(true);
            seriesGrid.select(saved);
            openSeries(saved);
            seriesOutcome.setText(getTranslation("admin.saved"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            seriesOutcome.setText(getTranslation("admin.stale"));
        } catch (Refusal refused) {
            var message = getTranslation(refused.key(), languageArguments(refused));
            var field = refused.field();
            if (field != null && field.startsWith("texts.")) {
                seriesForm.refuseTexts(field.substring("texts.".length()), message);
            }
            seriesOutcome.setText(message);
        } catch (AccessDeniedException denied) {
            seriesOutcome.setText(getTranslation("refusal.not-allowed"));
        }
    }

    private void refreshSessions() {
        var current = series;
        if (current == null) {
            return;
        }
        var rows = admin.sessions(current.id());
        places = signUps.placeCounts(current.id());
        sessionGrid.setItems(rows);
        var open = session;
        if (open != null) {
            rows.stream().filter(r -> r.id() == open.id()).findFirst().ifPresent(r -> session = r);
        }
    }

    private void newSession() {
        session = null;
        sessionGrid.asSingleSelect().clear();
        var draft = new SessionDraft();
        var start = LocalDateTime.now(clock.withZone(Zones.LONDON)).plusDays(14).withHour(18).withMinute(30).withSecond(0)
                .withNano(0);
        draft.startsAt = start;
        draft.endsAt = start.plusHours(2);
        sessionForm.read(draft);
        sessionHeading.setText(getTranslation("admin.forums.session.new"));
        sessionHeading.setVisible(true);
        tabs.setVisible(true);
        tabs.select("admin.forums.tab.details");
        setTabsEnabled(false);
        publicPage.setVisible(false);
        sessionOutcome.setText("");
    }

    private void openSession(SessionFacts row) {
        session = row;
        sessionForm.read(SessionDraft.of(row.content()));
        sessionHeading.setText(getTranslation("admin.forums.session.edit",
                TimeRanges.format(row.content().startsAt(), row.content().endsAt(), getLocale())));
        sessionHeading.setVisible(true);
        tabs.setVisible(true);
        setTabsEnabled(true);
        tabs.select("admin.forums.tab.details");
        var current = series;
        publicPage.setHref(current == null ? "/forums" : "/forums/" + current.slug() + "/" + row.slug());
        publicPage.setVisible(row.content().published() && current != null && current.content().published());
        sessionOutcome.setText("");
        registrations.show(row.id());
        agenda.show(row.id(), row.agendaPublished());
        actions.show(row.id());
        feedback.show(row.id());
    }

    private void setTabsEnabled(boolean enabled) {
        tabs.setOthersEnabled("admin.forums.tab.details", enabled);
    }

    private void closeSession() {
        session = null;
        sessionHeading.setVisible(false);
        tabs.setVisible(false);
    }

    private void saveSession() {
        var current = series;
        if (current == null) {
            return;
        }
        var draft = sessionForm.writeIfValid();
        if (draft == null) {
            sessionOutcome.setText(getTranslation("admin.fix-fields"));
            return;
        }
        try {
            var open = session;
            var saved = open == null ? admin.createSession(current.id(), draft.content())
                    : admin.updateSession(open.id(), open.version(), draft.content());
            refreshSessions();
            sessionGrid.select(admin.sessions(current.id()).stream().filter(r -> r.id() == saved.id()).findFirst()
                    .orElse(saved));
            sessionOutcome.setText(getTranslation("admin.saved"));
        } catch (ObjectOptimisticLockingFailureException stale) {
            sessionOutcome.setText(getTranslation("admin.stale"));
        } catch (Refusal refused) {
            sessionOutcome.setText(getTranslation(refused.key(), languageArguments(refused)));
        } catch (AccessDeniedException denied) {
            sessionOutcome.setText(getTranslation("refusal.not-allowed"));
        }
    }

    /** A refusal's arguments, a language tag such as {@code en} written as the reader calls that language. */
    private Object[] languageArguments(Refusal refused) {
        var arguments = refused.arguments();
        if ("content.first-language.required".equals(refused.key()) && arguments.length > 0) {
            arguments[0] = Locale.forLanguageTag(String.valueOf(arguments[0])).getDisplayLanguage(getLocale());
        }
        return arguments;
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.forums.title"));
    }
}
