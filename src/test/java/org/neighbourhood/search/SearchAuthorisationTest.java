package org.neighbourhood.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.Authorisation;
import org.neighbourhood.Authorisation.Actor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The index's upkeep is for administrators alone, and a rebuild they start really leaves the index whole; the
 * public search is for everyone, signed in or not, and shows only public content whoever asks.
 */
@SpringBootTest
class SearchAuthorisationTest {

    @Autowired
    SearchIndex index;

    @Autowired
    SearchService search;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    enum Operation {
        REBUILD, PROGRESS
    }

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), Authorisation.ADMINISTRATORS_ONLY);
    }

    @ParameterizedTest(name = "{1} {0}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_rebuild_the_index_or_follow_its_progress(Operation operation, Actor actor,
            Authorisation.Target target, boolean allowed) {
        ThrowingCallable attempt = switch (operation) {
            case REBUILD -> () -> index.rebuild().join();
            case PROGRESS -> () -> assertThat(index.progress().total()).isPositive();
        };
        Consumer<Boolean> outcome = switch (operation) {
            case REBUILD -> done -> {
                var progress = index.progress();
                assertThat(progress.running()).isFalse();
                assertThat(progress.indexed()).as("the index is whole again").isEqualTo(progress.total());
            };
            case PROGRESS -> Authorisation.readOnly();
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }

    @ParameterizedTest
    @EnumSource(Actor.class)
    void anyone_may_search_and_finds_the_same_public_items(Actor actor) {
        authorisation.signIn(actor);
        var found = search.search(SearchRequest.of("riverside"), Locale.ENGLISH);

        assertThat(found.total()).isPositive();
        assertThat(found.hits()).allSatisfy(hit -> assertThat(hit.title()).isNotBlank());
    }
}
