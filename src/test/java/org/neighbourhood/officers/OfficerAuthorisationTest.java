package org.neighbourhood.officers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.neighbourhood.Authorisation.Row.allowed;
import static org.neighbourhood.Authorisation.Row.refused;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.Authorisation;
import org.neighbourhood.Authorisation.Actor;
import org.neighbourhood.Authorisation.Row;
import org.neighbourhood.Authorisation.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Every changing operation on officers' profiles, by every kind of account: an officer's team editors change the
 * whole profile, the officer their own story, languages and photo, nobody else anything.
 */
@SpringBootTest
class OfficerAuthorisationTest {

    @Autowired
    OfficerService officers;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    enum Operation {
        CREATE, CHANGE_ROLE, CHANGE_STORY, REPLACE_PHOTO, READ_FOR_EDITING, READ_HISTORY
    }

    /** What the officer may do to their own profile, the team's editors to the whole of it. */
    private static final List<Row> OWN_PROFILE = List.of(
            allowed(Actor.ADMIN, Target.OTHERS),
            allowed(Actor.EDITOR, Target.OWN),
            allowed(Actor.EDITOR, Target.TEAM),
            refused(Actor.EDITOR, Target.OTHERS),
            allowed(Actor.OFFICER, Target.OWN),
            refused(Actor.OFFICER, Target.TEAM),
            refused(Actor.OFFICER, Target.OTHERS),
            refused(Actor.FACILITATOR, Target.OWN),
            refused(Actor.ANONYMOUS, Target.OWN));

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), operation -> switch (operation) {
            case CREATE -> Authorisation.ADMINISTRATORS_ONLY;
            // The role and team are the force's to give: not even the officer themself changes them.
            case CHANGE_ROLE -> OWN_PROFILE.stream()
                    .map(row -> row.actor() == Actor.OFFICER ? refused(Actor.OFFICER, row.target()) : row).toList();
            default -> OWN_PROFILE;
        });
    }

    @ParameterizedTest(name = "{1} {0} on {2}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_an_officers_team_editors_administrators_and_the_officer_themself_change_a_profile(Operation operation,
            Actor actor, Target target, boolean allowed) {
        long id = authorisation.world().officer(target);
        var before = authorisation.asAdmin(() -> {
            var found = officers.find(id).orElseThrow();
            var d = found.details();
            // A change, so that there is a history to read.
            return operation != Operation.READ_HISTORY ? found : officers.update(id, found.version(),
                    d.withBio("en", "History " + System.nanoTime()));
        });
        var details = before.details();
        var marker = "Authz " + System.nanoTime();
        var name = "Authz New Officer " + System.nanoTime();

        ThrowingCallable attempt = switch (operation) {
            case CREATE -> () -> officers.create(new NewOfficer(name, Rank.CONSTABLE, "Team",
                    Map.of("en", new OfficerText("PCSO", null)), List.of("en"), List.of(), null));
            case CHANGE_ROLE -> () -> officers.update(id, before.version(), details.withRole("en", marker));
            case CHANGE_STORY -> () -> officers.update(id, before.version(), details.withBio("en", marker));
            case REPLACE_PHOTO -> () -> officers.replacePhoto(id, before.version(), Authorisation.picture(),
                    "me.png", marker);
            case READ_FOR_EDITING -> () -> assertThat(officers.find(id)).hasValueSatisfying(
                    officer -> assertThat(officer.details()).isEqualTo(details));
            case READ_HISTORY -> () -> assertThat(officers.history(id))
                    .anySatisfy(entry -> assertThat(entry.action()).isEqualTo("officer.changed"));
        };
        Consumer<Boolean> outcome = switch (operation) {
            case CREATE -> done -> assertThat(officers.linkableOfficers()).filteredOn(o -> o.name().endsWith(name))
                    .hasSize(done ? 1 : 0);
            case CHANGE_ROLE -> done -> assertThat(officers.find(id).orElseThrow().details().role("en"))
                    .isEqualTo(done ? marker : details.role("en"));
            case CHANGE_STORY -> done -> assertThat(officers.find(id).orElseThrow().details().bio("en"))
                    .isEqualTo(done ? marker : details.bio("en"));
            case REPLACE_PHOTO -> done -> assertThat(officers.find(id).orElseThrow().photoAlt())
                    .isEqualTo(done ? marker : before.photoAlt());
            case READ_FOR_EDITING, READ_HISTORY -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }
}
