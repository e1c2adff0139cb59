package org.neighbourhood.priorities;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.SignedIn;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every changing operation, by every kind of account, on its own neighbourhood and on another's: an editor
 * of Riverside can never change Castle Quarter's priorities, whatever the screen shows.
 */
@SpringBootTest
class PriorityAuthorisationTest {

    @Autowired
    PriorityService priorities;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    enum Operation {
        CREATE, UPDATE, PUBLISH, SCHEDULE, UNPUBLISH, DELETE, READ_HISTORY
    }

    static Stream<Arguments> roles_times_operations() {
        var cases = Stream.<Arguments>builder();
        for (var operation : Operation.values()) {
            cases.add(Arguments.of("admin", "ADMIN", "castle-quarter", operation, true));
            cases.add(Arguments.of("editor.riverside", "EDITOR", "riverside", operation, true));
            cases.add(Arguments.of("editor.riverside", "EDITOR", "castle-quarter", operation, false));
            cases.add(Arguments.of("facilitator", "FACILITATOR", "riverside", operation, false));
            cases.add(Arguments.of("anonymous", null, "riverside", operation, false));
        }
        return cases.build();
    }

    @ParameterizedTest(name = "{0} {3} on {2}: allowed {4}")
    @MethodSource("roles_times_operations")
    void only_admins_and_the_neighbourhoods_own_editors_may_change_its_priorities(String username,
            String role, String slug, Operation operation, boolean allowed) {
        var neighbourhood = neighbourhoods.findBySlug(slug).orElseThrow().id();
        SignedIn.as(securityContext, "admin", "ADMIN");
        var existing = priorities.create(neighbourhood, content());
        securityContext.clearContext();
        if (role != null) {
            SignedIn.as(securityContext, username, role);
        }

        BiConsumer<Long, Long> attempt = switch (operation) {
            case CREATE -> (id, version) -> priorities.create(neighbourhood, content());
            case UPDATE -> (id, version) -> priorities.update(id, version, content());
            case PUBLISH -> (id, version) -> priorities.publish(id, version, null);
            case SCHEDULE -> (id, version) -> priorities.publish(id, version, java.time.Instant.now().plusSeconds(86400));
            case UNPUBLISH -> (id, version) -> priorities.unpublish(id, version);
            case DELETE -> (id, version) -> priorities.delete(id, version);
            case READ_HISTORY -> (id, version) -> priorities.history(id);
        };
        if (allowed) {
            assertThatCode(() -> attempt.accept(existing.id(), existing.version())).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> attempt.accept(existing.id(), existing.version()))
                    .isInstanceOf(AccessDeniedException.class);
        }
    }

    private static PriorityContent content() {
        return new PriorityContent("Vandalism at the bus shelters", null, LocalDate.now().minusDays(1), null, null,
                null, PriorityStatus.OPEN);
    }
}
