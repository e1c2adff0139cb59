package org.neighbourhood.priorities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.Authorisation;
import org.neighbourhood.Authorisation.Actor;
import org.neighbourhood.Authorisation.Target;
import org.neighbourhood.MovableClock;
import org.neighbourhood.base.Publication;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every changing operation, by every kind of account, on its own neighbourhood and on another's: an editor
 * of one neighbourhood can never change another's priorities, whatever the screen shows — and where the change
 * is allowed, it is really made.
 */
@SpringBootTest
class PriorityAuthorisationTest {

    @Autowired
    PriorityService priorities;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    enum Operation {
        CREATE, UPDATE, PUBLISH, SCHEDULE, UNPUBLISH, DELETE, READ_FOR_EDITING, READ_HISTORY
    }

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), Authorisation.NEIGHBOURHOOD_CONTENT);
    }

    @ParameterizedTest(name = "{1} {0} on {2}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_admins_and_the_neighbourhoods_own_editors_may_change_its_priorities(Operation operation, Actor actor,
            Target target, boolean allowed) {
        long neighbourhood = authorisation.world().neighbourhood(target);
        var issue = "Vandalism at the bus shelters " + System.nanoTime();
        var existing = authorisation.asAdmin(() -> {
            var created = priorities.create(neighbourhood, content(issue));
            return operation == Operation.UNPUBLISH ? priorities.publish(created.id(), created.version(), null)
                    : created;
        });
        var changed = issue + " changed";
        var later = clock.instant().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.MICROS);

        ThrowingCallable attempt = switch (operation) {
            case CREATE -> () -> priorities.create(neighbourhood, content(changed));
            case UPDATE -> () -> priorities.update(existing.id(), existing.version(), content(changed));
            case PUBLISH -> () -> priorities.publish(existing.id(), existing.version(), null);
            case SCHEDULE -> () -> priorities.publish(existing.id(), existing.version(), later);
            case UNPUBLISH -> () -> priorities.unpublish(existing.id(), existing.version());
            case DELETE -> () -> priorities.delete(existing.id(), existing.version());
            case READ_FOR_EDITING -> () -> assertThat(priorities.find(existing.id()))
                    .hasValueSatisfying(found -> assertThat(issueOf(found)).isEqualTo(issue));
            case READ_HISTORY -> () -> assertThat(priorities.history(existing.id()))
                    .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("priority.created"));
        };
        Consumer<Boolean> outcome = switch (operation) {
            case CREATE -> done -> assertThat(priorities.editable())
                    .filteredOn(p -> issueOf(p).equals(changed)).hasSize(done ? 1 : 0);
            case UPDATE -> done -> assertThat(issueOf(priorities.find(existing.id()).orElseThrow()))
                    .isEqualTo(done ? changed : issue);
            case PUBLISH -> done -> assertThat(priorities.find(existing.id()).orElseThrow().live()).isEqualTo(done);
            case SCHEDULE -> done -> assertThat(priorities.find(existing.id()).orElseThrow().publishAt())
                    .isEqualTo(done ? later : null);
            case UNPUBLISH -> done -> assertThat(priorities.find(existing.id()).orElseThrow().publication())
                    .isEqualTo(done ? Publication.UNPUBLISHED : Publication.PUBLISHED);
            case DELETE -> done -> assertThat(priorities.find(existing.id()).isEmpty()).as("deleted").isEqualTo(done);
            case READ_FOR_EDITING, READ_HISTORY -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }

    private static PriorityContent content(String issue) {
        return new PriorityContent(java.util.Map.of("en", new PriorityText(issue, null)), LocalDate.now().minusDays(1),
                null, PriorityStatus.OPEN);
    }

    private static String issueOf(org.neighbourhood.publishing.EditableItem<PriorityContent> priority) {
        return String.valueOf(priority.content().texts().get("en").issue());
    }
}
