package org.neighbourhood.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhood.Authorisation.Row.allowed;
import static org.neighbourhood.Authorisation.Row.refused;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.Authorisation;
import org.neighbourhood.Authorisation.Actor;
import org.neighbourhood.Authorisation.Row;
import org.neighbourhood.Authorisation.Target;
import org.neighbourhood.MovableClock;
import org.neighbourhood.base.Zones;
import org.neighbourhood.forums.after.ActionContent;
import org.neighbourhood.forums.after.ActionStatus;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.after.FeedbackFixtures;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.agenda.TopicStatus;
import org.neighbourhood.forums.report.ForumReport;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SeriesContent;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.signup.Approval;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.forums.signup.RegistrationAdminService.DemoSignUp;
import org.neighbourhood.forums.signup.RegistrationFixtures;
import org.neighbourhood.forums.signup.RegistrationStatus;
import org.neighbourhood.forums.signup.ReminderService;
import org.neighbourhood.forums.signup.RetentionService;
import org.neighbourhood.forums.signup.SignUp;
import org.neighbourhood.forums.signup.SignUpService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every operation of the forums' back office and jobs, by every kind of account: a facilitator runs the series
 * they are assigned to and no other; what only an administrator (or the portal itself) does — making series,
 * assigning facilitators, loading the demo, sending reminders, erasing after the retention period — nobody else
 * does. Where allowed, the change is really made; where refused, it is not. Every public back-office method of
 * every part of the forums (series, sign-ups, agenda, after the session, report) that changes data or shows who
 * signed up has its rows here.
 */
@SpringBootTest
class ForumAuthorisationTest {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    SeriesAdminService admin;

    @Autowired
    RegistrationAdminService signUpsAdmin;

    @Autowired
    AgendaService agenda;

    @Autowired
    AfterSessionService after;

    @Autowired
    ForumReport report;

    @Autowired
    ForumDemo demo;

    @Autowired
    ReminderService reminders;

    @Autowired
    RetentionService retention;

    @Autowired
    SignUpService signUps;

    @Autowired
    RegistrationFixtures registrations;

    @Autowired
    FeedbackFixtures feedback;

    @Autowired
    ForumFixtures fixtures;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

    @BeforeEach
    void mailCatcher() {
        fixtures.ready();
    }

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    enum Operation {
        CREATE_SERIES, UPDATE_SERIES, ASSIGN_FACILITATORS, LIST_SESSIONS, CREATE_SESSION, UPDATE_SESSION,
        LIST_REGISTRATIONS, CANCEL_REGISTRATION, DECIDE, RECORD_ATTENDANCE, LIST_TOPICS, ADD_TOPIC, PLACE_TOPIC,
        PUBLISH_AGENDA, LIST_ACTIONS, CREATE_ACTION, UPDATE_ACTION, DELETE_ACTION, LIST_NON_ATTENDEES,
        READ_FEEDBACK, EXPORT_REPORT, LOAD_DEMO, SEND_REMINDERS, ERASE_EXPIRED, COUNT_PLACES, LOAD_DEMO_SIGN_UPS,
        LOAD_DEMO_AGENDA
    }

    /** A series' own facilitators and administrators, nobody else. */
    private static final List<Row> SERIES = List.of(
            allowed(Actor.ADMIN, Target.OTHERS),
            allowed(Actor.FACILITATOR, Target.OWN),
            refused(Actor.FACILITATOR, Target.OTHERS),
            refused(Actor.EDITOR, Target.OWN),
            refused(Actor.OFFICER, Target.OWN),
            refused(Actor.ANONYMOUS, Target.OWN));

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), operation -> switch (operation) {
            case CREATE_SERIES, ASSIGN_FACILITATORS, LOAD_DEMO, SEND_REMINDERS, ERASE_EXPIRED, LOAD_DEMO_SIGN_UPS,
                    LOAD_DEMO_AGENDA ->
                    Authorisation.ADMINISTRATORS_ONLY;
            default -> SERIES;
        });
    }

    @ParameterizedTest(name = "{1} {0} on {2}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_and_a_series_own_facilitators_run_it(Operation operation, Actor actor, Target target,
            boolean allowed) {
        var world = authorisation.world();
        // The editor's account is among a series' own facilitators too, as if the role had been taken from them
        // since: without the role it may run nothing.
        Set<Long> facilitators = target == Target.OWN ? Set.of(world.facilitatorId(), world.editorId()) : Set.of();
        var in = switch (operation) {
            case LIST_NON_ATTENDEES -> Duration.ofDays(-2);
            case ERASE_EXPIRED -> Duration.ofDays(-400);
            case SEND_REMINDERS -> Duration.ofDays(1);
            default -> Duration.ofDays(5);
        };
        var session = fixtures.session(in, 13, operation == Operation.DECIDE, facilitators);
        long series = session.seriesId();
        var marker = "Authz " + System.nanoTime();
        long person = switch (operation) {
            case LIST_REGISTRATIONS, CANCEL_REGISTRATION, DECIDE, RECORD_ATTENDANCE, COUNT_PLACES, LOAD_DEMO_AGENDA ->
                    signUp(session.id(), marker);
            case LIST_NON_ATTENDEES, SEND_REMINDERS, ERASE_EXPIRED, READ_FEEDBACK -> confirmed(session.id(), marker);
            default -> 0;
        };
        long topic = operation == Operation.PLACE_TOPIC ? authorisation.asAdmin(() -> {
            agenda.addTopic(session.id(), marker, null);
            return agenda.topics(session.id()).getFirst().id();
        }) : 0;
        var action = switch (operation) {
            case UPDATE_ACTION, DELETE_ACTION -> authorisation.asAdmin(() -> after.createAction(session.id(),
                    action(marker)));
            default -> null;
        };
        if (operation == Operation.READ_FEEDBACK) {
            feedback.give(session.id(), person, marker, clock.instant().truncatedTo(ChronoUnit.MICROS));
        }
        var slug = "authz-series-" + System.nanoTime();
        var changed = marker + " changed";

        ThrowingCallable attempt = switch (operation) {
            case CREATE_SERIES -> () -> admin.createSeries(slug, series(changed), Set.of());
            case UPDATE_SERIES -> () -> admin.updateSeries(series, row(series).version(), series(changed));
            // Assigns the facilitator to a series without them, or takes them off their own.
            case ASSIGN_FACILITATORS -> () -> admin.assignFacilitators(series, row(series).version(),
                    target == Target.OWN ? Set.of() : Set.of(world.facilitatorId()));
            case LIST_SESSIONS -> () -> assertThat(admin.sessions(series)).extracting(s -> s.id())
                    .containsExactly(session.id());
            case CREATE_SESSION -> () -> admin.createSession(series, session(session.content(), changed));
            case UPDATE_SESSION -> () -> admin.updateSession(session.id(), session.version(),
                    session(session.content(), changed));
            case LIST_REGISTRATIONS -> () -> assertThat(signUpsAdmin.registrations(session.id()))
                    .extracting(RegistrationAdminService.RegistrationRow::name).containsExactly(marker);
            case CANCEL_REGISTRATION -> () -> signUpsAdmin.cancelRegistration(person);
            case DECIDE -> () -> signUpsAdmin.decide(person, Approval.APPROVED);
            case RECORD_ATTENDANCE -> () -> signUpsAdmin.recordAttendance(person, true);
            case LIST_TOPICS -> () -> assertThat(agenda.topics(session.id())).isEmpty();
            case ADD_TOPIC -> () -> agenda.addTopic(session.id(), changed, null);
            case PLACE_TOPIC -> () -> agenda.placeTopic(topic, TopicStatus.ON_AGENDA, 1);
            case PUBLISH_AGENDA -> () -> admin.publishAgenda(session.id(), true);
            case LIST_ACTIONS -> () -> assertThat(after.actions(session.id())).isEmpty();
            case CREATE_ACTION -> () -> after.createAction(session.id(), action(changed));
            case UPDATE_ACTION -> () -> after.updateAction(action.id(), action.version(), action(changed));
            case DELETE_ACTION -> () -> after.deleteAction(action.id(), action.version());
            case LIST_NON_ATTENDEES -> () -> assertThat(signUpsAdmin.nonAttendees(series))
                    .extracting(RegistrationAdminService.FollowUp::name).containsExactly(marker);
            case READ_FEEDBACK -> () -> assertThat(after.feedback(session.id())).singleElement()
                    .satisfies(row -> assertThat(row.from()).isEqualTo(marker));
            case EXPORT_REPORT -> () -> assertThat(report.csv(series, today().minusDays(1), today().plusDays(30)))
                    .contains("signed up");
            case LOAD_DEMO -> () -> assertThat(demo.load()).isNotEmpty();
            case SEND_REMINDERS -> () -> assertThat(reminders.sendDue()).isPositive();
            case ERASE_EXPIRED -> () -> assertThat(retention.eraseExpired()).isPositive();
            case COUNT_PLACES -> () -> assertThat(signUpsAdmin.placeCounts(series).get(session.id()).pending())
                    .isEqualTo(1);
            case LOAD_DEMO_SIGN_UPS -> () -> signUpsAdmin.loadDemo(session.id(), List.of(new DemoSignUp(marker,
                    ForumFixtures.unique("demo"), null, Locale.ENGLISH, true, null, null,
                    clock.instant().truncatedTo(ChronoUnit.MICROS))));
            case LOAD_DEMO_AGENDA -> () -> agenda.loadDemo(session.id(), List.of(person), List.of(changed), true);
        };
        Consumer<Boolean> outcome = switch (operation) {
            case CREATE_SERIES -> done -> assertThat(admin.managedSeries()).filteredOn(s -> s.slug().equals(slug))
                    .hasSize(done ? 1 : 0);
            case UPDATE_SERIES -> done -> assertThat(row(series).content().text("en").name())
                    .isEqualTo(done ? changed : "Test forum " + row(series).slug());
            case ASSIGN_FACILITATORS -> done -> assertThat(row(series).facilitatorIds().contains(world.facilitatorId()))
                    .isEqualTo(done != (target == Target.OWN));
            case CREATE_SESSION -> done -> assertThat(admin.sessions(series)).hasSize(done ? 2 : 1);
            case UPDATE_SESSION -> done -> assertThat(admin.sessions(series).getFirst().content().text("en").title())
                    .isEqualTo(done ? changed : session.content().text("en").title());
            case CANCEL_REGISTRATION -> done -> assertThat(registration(session.id()).status())
                    .isEqualTo(done ? RegistrationStatus.CANCELLED : RegistrationStatus.PENDING);
            case DECIDE -> done -> assertThat(registration(session.id()).approval())
                    .isEqualTo(done ? Approval.APPROVED : Approval.AWAITING);
            case RECORD_ATTENDANCE -> done -> assertThat(registration(session.id()).attended())
                    .isEqualTo(done ? Boolean.TRUE : null);
            case ADD_TOPIC -> done -> assertThat(agenda.topics(session.id())).hasSize(done ? 1 : 0);
            case PLACE_TOPIC -> done -> assertThat(agenda.topics(session.id()).getFirst().status())
                    .isEqualTo(done ? TopicStatus.ON_AGENDA : TopicStatus.PROPOSED);
            case PUBLISH_AGENDA -> done -> assertThat(admin.sessions(series).getFirst().agendaPublished())
                    .isEqualTo(done);
            case CREATE_ACTION -> done -> assertThat(after.actions(session.id())).hasSize(done ? 1 : 0);
            case UPDATE_ACTION -> done -> assertThat(after.actions(session.id()).getFirst().content().said())
                    .isEqualTo(done ? changed : marker);
            case DELETE_ACTION -> done -> assertThat(after.actions(session.id())).hasSize(done ? 0 : 1);
            case SEND_REMINDERS -> done -> assertThat(registrations.notReminded(session.id())).isEqualTo(done ? 0 : 1);
            case ERASE_EXPIRED -> done -> assertThat(registration(session.id()).name()).isEqualTo(done ? "" : marker);
            case LOAD_DEMO_SIGN_UPS -> done -> assertThat(signUpsAdmin.registrations(session.id()))
                    .hasSize(done ? 1 : 0);
            case LOAD_DEMO_AGENDA -> done -> assertThat(agenda.topics(session.id())).extracting(t -> t.title())
                    .containsExactly(done ? new String[] {changed} : new String[0]);
            case LIST_SESSIONS, LIST_REGISTRATIONS, LIST_TOPICS, LIST_ACTIONS, LIST_NON_ATTENDEES, READ_FEEDBACK,
                    EXPORT_REPORT, LOAD_DEMO, COUNT_PLACES -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }

    @ParameterizedTest
    @EnumSource(Actor.class)
    void the_list_of_series_to_manage_shows_each_actor_only_theirs(Actor actor) {
        var world = authorisation.world();
        // The editor's account is among the facilitators too, as if the role had been taken from them since:
        // without the role it manages nothing.
        long theirs = fixtures.session(Duration.ofDays(5), 13, false, Set.of(world.facilitatorId(), world.editorId()))
                .seriesId();
        long others = fixtures.session(Duration.ofDays(5), 13, false, Set.of()).seriesId();

        authorisation.signIn(actor);
        var listed = admin.managedSeries().stream().map(SeriesAdminService.SeriesRow::id).toList();

        assertThat(listed.contains(theirs)).isEqualTo(actor == Actor.ADMIN || actor == Actor.FACILITATOR);
        assertThat(listed.contains(others)).isEqualTo(actor == Actor.ADMIN);
    }

    /** Signs a person up through the public form; their registration waits for them to confirm. */
    private long signUp(long sessionId, String name) {
        int n = ADDRESSES.incrementAndGet();
        assertThat(signUps.signUp(sessionId, new SignUp(name, ForumFixtures.unique("authz"), "Riverside Youth Club",
                null, true, null), Locale.ENGLISH, "10.77." + n / 250 + "." + n % 250).outcome())
                .isEqualTo(SignUpService.Outcome.EMAILED);
        return authorisation.asAdmin(() -> signUpsAdmin.registrations(sessionId).getFirst().id());
    }

    /** A confirmed registration stored as it is, for a session in the past, who did not come. */
    private long confirmed(long sessionId, String name) {
        return registrations.confirmedAbsent(sessionId, name, ForumFixtures.unique("authz"),
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.LONDON);
    }

    private SeriesAdminService.SeriesRow row(long id) {
        var previous = security.getContext();
        authorisation.signIn(Actor.ADMIN);
        try {
            return admin.managedSeries().stream().filter(s -> s.id() == id).findFirst().orElseThrow();
        } finally {
            security.setContext(previous);
        }
    }

    private RegistrationAdminService.RegistrationRow registration(long sessionId) {
        return signUpsAdmin.registrations(sessionId).getFirst();
    }

    private static SeriesContent series(String name) {
        return ForumFixtures.series(name);
    }

    private static SessionContent session(SessionContent c, String title) {
        return ForumFixtures.retitled(c, title);
    }

    private static ActionContent action(String said) {
        return new ActionContent(said, "Extra patrols", "Riverside team", null, ActionStatus.OPEN, false);
    }
}
