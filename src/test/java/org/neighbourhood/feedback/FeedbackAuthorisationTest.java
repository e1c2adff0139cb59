package org.neighbourhood.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.Authorisation;
import org.neighbourhood.Authorisation.Actor;
import org.neighbourhood.Authorisation.Row;
import org.neighbourhood.Authorisation.Target;
import org.neighbourhood.MovableClock;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.feedback.FeedbackService.InboxFilter;
import org.neighbourhood.feedback.FeedbackService.Submission;
import org.neighbourhood.security.Permissions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every feedback operation, by every kind of account, on its own neighbourhood's feedback and on another's: only
 * the neighbourhood's editors and the administrators read and work on it — and where they may, the change is
 * really made. Residents act only through their private link, which is the whole of their permission.
 */
@SpringBootTest
class FeedbackAuthorisationTest {

    @Autowired
    FeedbackService feedback;

    @Autowired
    FeedbackFigures figures;

    @Autowired
    ConcernService concerns;

    @Autowired
    FeedbackRetention retention;

    @Autowired
    Authorisation authorisation;

    @Autowired
    Permissions permissions;

    @Autowired
    FeedbackWorld world;

    @Autowired
    MovableClock clock;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    enum Operation {
        INBOX, INBOX_COUNT, OPEN, ASSIGNABLE, ASSIGN, NOTE, ANSWER, CLOSE, REOPEN, MARK_SPAM, DUE_SUMMARY, FIGURES
    }

    /** What asks no neighbourhood is refused by who the actor is, never by which neighbourhood. */
    private static final List<Row> ANY_OWN_NEIGHBOURHOOD = List.of(
            Row.allowed(Actor.ADMIN, Target.OTHERS),
            Row.allowed(Actor.EDITOR, Target.OWN),
            Row.refused(Actor.FACILITATOR, Target.OWN),
            Row.refused(Actor.OFFICER, Target.OWN),
            Row.refused(Actor.ANONYMOUS, Target.OWN));

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), operation -> operation == Operation.DUE_SUMMARY
                ? ANY_OWN_NEIGHBOURHOOD : Authorisation.NEIGHBOURHOOD_CONTENT);
    }

    @ParameterizedTest(name = "{1} {0} on {2}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_and_the_neighbourhoods_own_editors_may_read_and_work_on_its_feedback(
            Operation operation, Actor actor, Target target, boolean allowed) {
        long neighbourhood = authorisation.world().neighbourhood(target);
        var message = "The bus shelter lights are out " + System.nanoTime();
        var receipt = feedback.submit(new Submission(neighbourhood, Subject.ASB, message, null, null, false, "Ann",
                FeedbackWorld.email(), null), Locale.ENGLISH, FeedbackWorld.address());
        long id = authorisation.asAdmin(() -> {
            var item = feedback.inbox(InboxFilter.all().withNeighbourhood(neighbourhood), 0, 50).stream()
                    .filter(line -> line.reference().equals(receipt.reference())).findFirst().orElseThrow();
            if (operation == Operation.REOPEN) {
                feedback.close(item.id());
            }
            return item.id();
        });
        var text = "We have asked the council " + System.nanoTime();
        var today = LocalDate.ofInstant(clock.instant(), Zones.LONDON);

        ThrowingCallable attempt = switch (operation) {
            case INBOX -> () -> assertThat(feedback.inbox(InboxFilter.all().withNeighbourhood(neighbourhood), 0, 50))
                    .anySatisfy(line -> assertThat(line.reference()).isEqualTo(receipt.reference()));
            case INBOX_COUNT -> () -> assertThat(feedback.inboxCount(InboxFilter.all().withNeighbourhood(neighbourhood)))
                    .isPositive();
            case OPEN -> () -> assertThat(feedback.open(id).message()).isEqualTo(message);
            case ASSIGNABLE -> () -> assertThat(feedback.assignable(id)).anySatisfy(assignee ->
                    assertThat(assignee.accountId()).isEqualTo(permissions.signedInAccountId().orElseThrow()));
            case ASSIGN -> () -> feedback.assign(id, permissions.signedInAccountId().orElse(null));
            case NOTE -> () -> feedback.note(id, text);
            case ANSWER -> () -> feedback.answer(id, text);
            case CLOSE -> () -> feedback.close(id);
            case REOPEN -> () -> feedback.reopen(id);
            case MARK_SPAM -> () -> feedback.markSpam(id);
            case DUE_SUMMARY -> () -> assertThat(feedback.dueSummary().overdue()).isNotNegative();
            case FIGURES -> () -> assertThat(figures.figures(neighbourhood, today.minusDays(1), today.plusDays(2))
                    .received()).isPositive();
        };
        Consumer<Boolean> outcome = switch (operation) {
            case ASSIGN -> done -> assertThat(feedback.open(id).assigneeId() != null).isEqualTo(done);
            case NOTE -> done -> assertThat(feedback.open(id).conversation())
                    .filteredOn(entry -> entry.kind() == EntryKind.NOTE && entry.body().equals(text))
                    .hasSize(done ? 1 : 0);
            case ANSWER -> done -> {
                var item = feedback.open(id);
                assertThat(item.status()).isEqualTo(done ? FeedbackStatus.ANSWERED : FeedbackStatus.NEW);
                assertThat(item.firstAnsweredAt() != null).isEqualTo(done);
            };
            case CLOSE -> done -> assertThat(feedback.open(id).status())
                    .isEqualTo(done ? FeedbackStatus.CLOSED : FeedbackStatus.NEW);
            case REOPEN -> done -> assertThat(feedback.open(id).status())
                    .isEqualTo(done ? FeedbackStatus.IN_PROGRESS : FeedbackStatus.CLOSED);
            case MARK_SPAM -> done -> assertThat(feedback.open(id).spam()).isEqualTo(done);
            case INBOX, INBOX_COUNT, OPEN, ASSIGNABLE, DUE_SUMMARY, FIGURES -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }

    static Stream<Arguments> erasing() {
        return Authorisation.table(new String[] {"eraseExpired"}, Authorisation.ADMINISTRATORS_ONLY);
    }

    @ParameterizedTest(name = "{1} {0}: allowed {3}")
    @MethodSource("erasing")
    void only_administrators_and_the_portal_itself_erase_feedback(String operation, Actor actor, Target target,
            boolean allowed) {
        authorisation.attempt(actor, allowed, () -> assertThat(retention.eraseExpired()).isNotNegative(),
                Authorisation.readOnly());
    }

    enum LinkOperation {
        VIEW, ADD_MESSAGE, ESCALATE
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("link_rows")
    void whoever_holds_the_link_may_use_it_whoever_they_are_signed_in_as(LinkOperation operation, Actor actor) {
        var email = FeedbackWorld.email();
        feedback.submit(new Submission(authorisation.world().ownNeighbourhood(), Subject.LITTER, "Fly-tipping on "
                + "Mill Lane", null, null, false, null, email, null), Locale.ENGLISH, FeedbackWorld.address());
        var token = world.tokenMailedTo(email);
        authorisation.signIn(actor);
        switch (operation) {
            case VIEW -> assertThat(feedback.view(token)).hasValueSatisfying(view ->
                    assertThat(view.message()).isEqualTo("Fly-tipping on Mill Lane"));
            case ADD_MESSAGE -> assertThat(feedback.addMessage(token, "It is worse today").conversation())
                    .anySatisfy(entry -> assertThat(entry.body()).isEqualTo("It is worse today"));
            case ESCALATE -> {
                var late = Duration.ofHours(73);
                clock.advance(late);
                try {
                    feedback.escalate(token);
                } finally {
                    clock.advance(late.negated());
                }
                assertThat(feedback.view(token)).hasValueSatisfying(view ->
                        assertThat(view.escalatedAt()).isNotNull());
            }
        }
    }

    static Stream<Arguments> link_rows() {
        return Stream.of(LinkOperation.values()).flatMap(operation -> Stream.of(Actor.values())
                .map(actor -> Arguments.of(operation, actor)));
    }

    enum PublicOperation {
        SUBMIT, VOICE, VOICED_BY, TOP_CONCERNS
    }

    /** What residents do without an account is open to everyone, signed in or not, and really happens. */
    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("public_rows")
    void anyone_may_send_feedback_and_voice_a_concern_whoever_they_are_signed_in_as(PublicOperation operation,
            Actor actor) {
        long neighbourhood = authorisation.world().ownNeighbourhood();
        var token = ConcernService.newBrowserToken();
        authorisation.signIn(actor);
        switch (operation) {
            case SUBMIT -> {
                var message = "Cars parked on the pavement " + System.nanoTime();
                var receipt = feedback.submit(new Submission(neighbourhood, Subject.OTHER, message, null, null, true,
                        null, null, null), Locale.ENGLISH, FeedbackWorld.address());
                assertThat(authorisation.asAdmin(() -> feedback.inbox(InboxFilter.all()
                        .withNeighbourhood(neighbourhood), 0, 500).stream()
                        .filter(line -> line.reference().equals(receipt.reference())).findFirst()
                        .map(line -> feedback.open(line.id()).message()))).contains(message);
            }
            case VOICE -> {
                long before = drugs(neighbourhood);
                assertThat(concerns.voice(neighbourhood, Subject.DRUGS, token, FeedbackWorld.address())).isTrue();
                assertThat(drugs(neighbourhood)).isEqualTo(before + 1);
            }
            case VOICED_BY -> {
                authorisation.asAdmin(() -> concerns.voice(neighbourhood, Subject.DRUGS, token,
                        FeedbackWorld.address()));
                authorisation.signIn(actor);
                assertThat(concerns.voicedBy(neighbourhood, token)).containsExactly(Subject.DRUGS);
                assertThat(concerns.voicedBy(neighbourhood, ConcernService.newBrowserToken())).isEmpty();
            }
            case TOP_CONCERNS -> {
                authorisation.asAdmin(() -> concerns.voice(neighbourhood, Subject.DRUGS, token,
                        FeedbackWorld.address()));
                authorisation.signIn(actor);
                assertThat(drugs(neighbourhood)).isPositive();
            }
        }
    }

    static Stream<Arguments> public_rows() {
        return Stream.of(PublicOperation.values()).flatMap(operation -> Stream.of(Actor.values())
                .map(actor -> Arguments.of(operation, actor)));
    }

    private long drugs(long neighbourhood) {
        return concerns.topConcerns(neighbourhood, concerns.currentMonth()).stream()
                .filter(count -> count.kind() == Subject.DRUGS).mapToLong(ConcernService.ConcernCount::count).sum();
    }

    @ParameterizedTest
    @EnumSource(Actor.class)
    void without_a_working_link_nobody_reads_or_writes_to_an_item(Actor actor) {
        authorisation.signIn(actor);
        assertThat(feedback.view("no-such-token-" + System.nanoTime())).isEmpty();
        assertThatThrownBy(() -> feedback.addMessage("no-such-token", "Hello")).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.key()).isEqualTo("refusal.feedback.link"));
        assertThatThrownBy(() -> feedback.escalate("no-such-token")).isInstanceOfSatisfying(Refusal.class,
                refusal -> assertThat(refusal.key()).isEqualTo("refusal.feedback.link"));
    }

    @Test
    void feedback_for_the_force_in_general_is_for_administrators_alone() {
        var receipt = feedback.submit(new Submission(null, Subject.OTHER, "A general question", null, null, true,
                null, null, null), Locale.ENGLISH, FeedbackWorld.address());
        assertThat(receipt.reference()).startsWith("GEN-");
        long id = authorisation.asAdmin(() -> feedback.inbox(InboxFilter.all(), 0, 500).stream()
                .filter(line -> line.reference().equals(receipt.reference())).findFirst().orElseThrow().id());
        authorisation.attempt(Actor.EDITOR, false, () -> feedback.open(id), Authorisation.readOnly());
        authorisation.signIn(Actor.EDITOR);
        assertThat(feedback.inbox(InboxFilter.all(), 0, 500))
                .noneSatisfy(line -> assertThat(line.reference()).isEqualTo(receipt.reference()));
    }
}
