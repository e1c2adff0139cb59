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
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateText;
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
    UpdateService updates;

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

    /**
     * The team's search over drafts: administrators find any neighbourhood's, editors their own and never
     * another's (the search answers, without it), everyone else is refused.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("team_rows")
    void only_a_neighbourhoods_editors_and_administrators_find_its_drafts(Actor actor, Authorisation.Target target) {
        long neighbourhood = authorisation.world().neighbourhood(target);
        var word = "walrus" + System.nanoTime();
        var draft = authorisation.asAdmin(() -> updates.create(neighbourhood, new UpdateContent(java.util.Map.of(
                "en", new UpdateText("A " + word + " on the slipway", "Drafted, not published.")))));
        authorisation.signIn(actor);
        switch (actor) {
            case ADMIN -> assertThat(search.teamSearch(word, Locale.ENGLISH))
                    .extracting(SearchService.TeamHit::id).containsExactly(draft.id());
            case EDITOR -> assertThat(search.teamSearch(word, Locale.ENGLISH)).extracting(SearchService.TeamHit::id)
                    .isEqualTo(target == Authorisation.Target.OWN ? java.util.List.of(draft.id()) : java.util.List.of());
            default -> org.assertj.core.api.Assertions.assertThatThrownBy(() -> search.teamSearch(word, Locale.ENGLISH))
                    .isInstanceOfAny(org.springframework.security.access.AccessDeniedException.class,
                            org.springframework.security.core.AuthenticationException.class);
        }
    }

    static Stream<Arguments> team_rows() {
        return Stream.of(Actor.values()).flatMap(actor -> Stream.of(Authorisation.Target.OWN, Authorisation.Target.OTHERS)
                .map(target -> Arguments.of(actor, target)));
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
