package org.neighbourhood.updates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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

/** Every changing operation on updates and their pictures, by every kind of account, with proof that it took effect. */
@SpringBootTest
class UpdateAuthorisationTest {

    @Autowired
    UpdateService updates;

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
        CREATE, UPDATE, PUBLISH, SCHEDULE, UNPUBLISH, DELETE, READ_HISTORY, REPLACE_IMAGE, REMOVE_IMAGE,
        READ_DRAFT_IMAGE
    }

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), Authorisation.NEIGHBOURHOOD_CONTENT);
    }

    @ParameterizedTest(name = "{1} {0} on {2}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_and_the_neighbourhoods_own_editors_change_its_updates(Operation operation, Actor actor,
            Target target, boolean allowed) {
        long neighbourhood = authorisation.world().neighbourhood(target);
        var title = "Authz update " + System.nanoTime();
        var existing = authorisation.asAdmin(() -> {
            var created = updates.create(neighbourhood, content(title));
            return switch (operation) {
                case UNPUBLISH -> updates.publish(created.id(), created.version(), null);
                case REMOVE_IMAGE, READ_DRAFT_IMAGE -> updates.replaceImage(created.id(), created.version(),
                        Authorisation.picture(), "before.png", "Before");
                default -> created;
            };
        });
        var changed = title + " changed";
        var later = clock.instant().plus(Duration.ofDays(3)).truncatedTo(ChronoUnit.MICROS);

        ThrowingCallable attempt = switch (operation) {
            case CREATE -> () -> updates.create(neighbourhood, content(changed));
            case UPDATE -> () -> updates.update(existing.id(), existing.version(), content(changed));
            case PUBLISH -> () -> updates.publish(existing.id(), existing.version(), null);
            case SCHEDULE -> () -> updates.publish(existing.id(), existing.version(), later);
            case UNPUBLISH -> () -> updates.unpublish(existing.id(), existing.version());
            case DELETE -> () -> updates.delete(existing.id(), existing.version());
            case READ_HISTORY -> () -> assertThat(updates.history(existing.id()))
                    .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("update.created"));
            case REPLACE_IMAGE -> () -> updates.replaceImage(existing.id(), existing.version(),
                    Authorisation.picture(), "after.png", "After");
            case REMOVE_IMAGE -> () -> updates.removeImage(existing.id(), existing.version());
            case READ_DRAFT_IMAGE -> () -> assertThat(updates.findEditableImage(existing.id()))
                    .hasValueSatisfying(image -> assertThat(image.alt()).isEqualTo("Before"));
        };
        Consumer<Boolean> outcome = switch (operation) {
            case CREATE -> done -> assertThat(updates.editable()).filteredOn(u -> titleOf(u).equals(changed))
                    .hasSize(done ? 1 : 0);
            case UPDATE -> done -> assertThat(titleOf(find(existing).orElseThrow()))
                    .isEqualTo(done ? changed : title);
            case PUBLISH -> done -> assertThat(find(existing).orElseThrow().live()).isEqualTo(done);
            case SCHEDULE -> done -> assertThat(find(existing).orElseThrow().publishAt())
                    .isEqualTo(done ? later : null);
            case UNPUBLISH -> done -> assertThat(find(existing).orElseThrow().publication())
                    .isEqualTo(done ? Publication.UNPUBLISHED : Publication.PUBLISHED);
            case DELETE -> done -> assertThat(find(existing).isEmpty()).as("deleted").isEqualTo(done);
            case REPLACE_IMAGE -> done -> assertThat(imageAlt(existing))
                    .isEqualTo(done ? "After" : null);
            case REMOVE_IMAGE -> done -> assertThat(imageAlt(existing))
                    .isEqualTo(done ? null : "Before");
            case READ_HISTORY, READ_DRAFT_IMAGE -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }

    private Optional<EditableItem<UpdateContent>> find(EditableItem<UpdateContent> update) {
        return updates.editable().stream().filter(u -> u.id() == update.id()).findFirst();
    }

    private static UpdateContent content(String title) {
        return new UpdateContent(java.util.Map.of("en", new UpdateText(title, "Meet the team at the library.")));
    }

    private static String titleOf(org.neighbourhood.publishing.EditableItem<UpdateContent> update) {
        return String.valueOf(update.content().texts().get("en").title());
    }

    private @org.jspecify.annotations.Nullable String imageAlt(org.neighbourhood.publishing.EditableItem<UpdateContent> update) {
        return updates.findEditableImage(update.id()).map(UpdateService.ImageFile::alt).orElse(null);
    }
}
