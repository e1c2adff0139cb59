package org.neighbourhood.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
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
import org.neighbourhood.publishing.EditableItem;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Every changing operation on events, by every kind of account, and proof that an allowed one took effect. */
@SpringBootTest
class EventAuthorisationTest {

    @Autowired
    EventService events;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    MovableClock clock;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    enum Operation {
        CREATE, UPDATE, PUBLISH, SCHEDULE, UNPUBLISH, DELETE, READ_HISTORY
    }

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), Authorisation.NEIGHBOURHOOD_CONTENT);
    }

    @ParameterizedTest(name = "{1} {0} on {2}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_and_the_neighbourhoods_own_editors_change_its_events(Operation operation, Actor actor,
            Target target, boolean allowed) {
        long neighbourhood = authorisation.world().neighbourhood(target);
        var title = "Authz event " + System.nanoTime();
        var existing = authorisation.asAdmin(() -> {
            var created = events.create(neighbourhood, content(title));
            return operation == Operation.UNPUBLISH ? events.publish(created.id(), created.version(), null) : created;
        });
        var changed = title + " changed";
        var later = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MICROS);

        ThrowingCallable attempt = switch (operation) {
            case CREATE -> () -> events.create(neighbourhood, content(changed));
            case UPDATE -> () -> events.update(existing.id(), existing.version(), content(changed));
            case PUBLISH -> () -> events.publish(existing.id(), existing.version(), null);
            case SCHEDULE -> () -> events.publish(existing.id(), existing.version(), later);
            case UNPUBLISH -> () -> events.unpublish(existing.id(), existing.version());
            case DELETE -> () -> events.delete(existing.id(), existing.version());
            case READ_HISTORY -> () -> assertThat(events.history(existing.id()))
                    .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("event.created"));
        };
        Consumer<Boolean> outcome = switch (operation) {
            case CREATE -> done -> assertThat(events.editable()).filteredOn(e -> titleOf(e).equals(changed))
                    .hasSize(done ? 1 : 0);
            case UPDATE -> done -> assertThat(titleOf(find(existing).orElseThrow()))
                    .isEqualTo(done ? changed : title);
            case PUBLISH -> done -> assertThat(find(existing).orElseThrow().live()).isEqualTo(done);
            case SCHEDULE -> done -> assertThat(find(existing).orElseThrow().publishAt())
                    .isEqualTo(done ? later : null);
            case UNPUBLISH -> done -> assertThat(find(existing).orElseThrow().publication())
                    .isEqualTo(done ? Publication.UNPUBLISHED : Publication.PUBLISHED);
            case DELETE -> done -> assertThat(find(existing).isEmpty()).as("deleted").isEqualTo(done);
            case READ_HISTORY -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }

    private Optional<EditableItem<EventContent>> find(EditableItem<EventContent> event) {
        return events.editable().stream().filter(e -> e.id() == event.id()).findFirst();
    }

    private EventContent content(String title) {
        var start = clock.instant().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.MINUTES);
        return new EventContent(java.util.Map.of("en", new EventText(title, "Drop in.")), EventType.STREET_SURGERY,
                EventFormat.IN_PERSON, "Library", "2 Quay Street", null, start, start.plus(Duration.ofHours(1)));
    }

    private static String titleOf(EditableItem<EventContent> event) {
        return String.valueOf(event.content().texts().get("en").title());
    }
}
