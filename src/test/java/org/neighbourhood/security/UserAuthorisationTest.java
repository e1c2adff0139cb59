package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Accounts — who they are, their roles and their email addresses — are an administrator's alone to see or change. */
@SpringBootTest
class UserAuthorisationTest {

    @Autowired
    UserService users;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    enum Operation {
        LIST, CREATE, UPDATE, LIST_LINKABLE_OFFICERS
    }

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), Authorisation.ADMINISTRATORS_ONLY);
    }

    @ParameterizedTest(name = "{1} {0}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_see_and_change_accounts(Operation operation, Actor actor, Target target,
            boolean allowed) {
        var world = authorisation.world();
        var username = "authz.user." + System.nanoTime();
        var existing = authorisation.asAdmin(() -> users.create(username, "Before", "before@example.org",
                Set.of(Role.EDITOR), Set.of(world.otherNeighbourhood()), null).user());
        var created = username + ".new";

        ThrowingCallable attempt = switch (operation) {
            case LIST -> () -> assertThat(users.findAll()).extracting(UserService.UserSummary::username)
                    .contains(world.editor(), username);
            case CREATE -> () -> users.create(created, "New", null, Set.of(Role.FACILITATOR), Set.of(), null);
            case UPDATE -> () -> users.update(existing.id(), existing.version(), "After", "after@example.org",
                    Set.of(Role.ADMIN), Set.of(), null, true);
            case LIST_LINKABLE_OFFICERS -> () -> assertThat(users.linkableOfficers())
                    .anySatisfy(officer -> assertThat(officer.id()).isEqualTo(world.ownOfficer()));
        };
        Consumer<Boolean> outcome = switch (operation) {
            case CREATE -> done -> assertThat(users.findAll()).filteredOn(u -> u.username().equals(created))
                    .hasSize(done ? 1 : 0);
            case UPDATE -> done -> assertThat(users.findAll()).filteredOn(u -> u.id() == existing.id())
                    .singleElement().satisfies(account -> {
                        assertThat(account.displayName()).isEqualTo(done ? "After" : "Before");
                        assertThat(account.roles()).containsExactly(done ? Role.ADMIN : Role.EDITOR);
                    });
            case LIST, LIST_LINKABLE_OFFICERS -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }
}
