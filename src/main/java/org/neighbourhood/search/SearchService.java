package org.neighbourhood.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.search.SearchFields;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.base.search.Searchable;
import org.neighbourhood.search.SearchResults.Hit;
import org.neighbourhood.security.Permissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public search, in one place. It finds only what the public may see at this moment: published items whose
 * time has come, compared with the portal's clock in the query itself, so a scheduled item is found from its
 * publication time with no job to wait for. It forgives typing: a word one or two letters off, the start of a
 * word, and another form of the same word (in English and Polish) all find it.
 */
@Service
@Transactional(readOnly = true)
public class SearchService {

    /** Longer than any question a person types into a search box; a pasted page is refused, not cut. */
    public static final int TEXT_MAX = 200;
    public static final int PAGE_SIZE = 20;
    private static final int SNIPPET_CHARS = 180;
    private static final int MANY = 10_000;
    private static final int TEAM_HITS = 50;
    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<Long, Long>> NEIGHBOURHOODS = AggregationKey.of("neighbourhoods");

    private final EntityManager entityManager;
    private final ContentLanguages languages;
    private final Clock clock;
    private final Permissions permissions;

    SearchService(EntityManager entityManager, ContentLanguages languages, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.entityManager = entityManager;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * One page of what the public may find for the request, in the reader's language where the item is written in
     * it, else in the first language.
     *
     * @throws Refusal {@code refusal.search.too-long} for text longer than {@link #TEXT_MAX},
     *     {@code refusal.search.no-words} for text with no letter or digit
     */
    public SearchResults search(SearchRequest request, Locale reader) {
        var text = check(request.text());
        var now = clock.instant();
        var language = readerLanguage(reader);
        var first = languages.first().getLanguage();
        var session = Search.session(entityManager);
        // The first language's fields are asked for only when the reader's is another: each costs a highlight.
        var fields = language.equals(first) ? List.of(language) : List.of(language, first);

        // Each filter's counts leave that filter out, so that every choice says what choosing it would give: with
        // no choice made, the query for the hits counts too; a chosen filter's counts take a query of their own.
        var query = session.search(Searchable.class)
                .select(f -> {
                    var projections = new ArrayList<org.hibernate.search.engine.search.projection.dsl
                            .ProjectionFinalStep<?>>(List.of(
                            f.field(SearchFields.TYPE, String.class),
                            f.field(SearchFields.ITEM_ID, Long.class),
                            f.field(SearchFields.SLUG, String.class),
                            f.field(SearchFields.NEIGHBOURHOOD, Long.class).list(),
                            f.field(SearchFields.DATE, Instant.class)));
                    for (var tag : fields) {
                        projections.add(f.field(SearchFields.title(tag), String.class));
                        projections.add(f.highlight(SearchFields.body(tag)));
                    }
                    return f.composite().from(projections.stream().map(step -> step.toProjection())
                            .toArray(org.hibernate.search.engine.search.projection.SearchProjection[]::new)).asList();
                })
                .where((f, root) -> filter(f, root, request, now, text, language, true, true))
                .highlighter(h -> h.plain().tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML)
                        .fragmentSize(SNIPPET_CHARS).numberOfFragments(1).noMatchSize(SNIPPET_CHARS))
                .sort(f -> f.score().then().field(SearchFields.DATE).desc().missing().last());
        if (request.types().isEmpty()) {
            query = query.aggregation(TYPES, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(MANY));
        }
        if (request.neighbourhoodId() == null) {
            query = query.aggregation(NEIGHBOURHOODS, f -> f.terms().field(SearchFields.NEIGHBOURHOOD, Long.class)
                    .maxTermCount(MANY));
        }
        var result = query.fetch(request.page() * PAGE_SIZE, PAGE_SIZE);
        var typeCounts = request.types().isEmpty() ? result.aggregation(TYPES)
                : session.search(Searchable.class)
                        .where((f, root) -> filter(f, root, request, now, text, language, false, true))
                        .aggregation(TYPES, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(MANY))
                        .fetch(0).aggregation(TYPES);
        var neighbourhoodCounts = request.neighbourhoodId() == null ? result.aggregation(NEIGHBOURHOODS)
                : session.search(Searchable.class)
                        .where((f, root) -> filter(f, root, request, now, text, language, true, false))
                        .aggregation(NEIGHBOURHOODS, f -> f.terms().field(SearchFields.NEIGHBOURHOOD, Long.class)
                                .maxTermCount(MANY))
                        .fetch(0).aggregation(NEIGHBOURHOODS);

        var hits = new ArrayList<Hit>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row, fields.size() > 1));
        }
        var orderedTypes = new LinkedHashMap<String, Long>();
        SearchTypes.ALL.forEach(type -> orderedTypes.put(type, typeCounts.getOrDefault(type, 0L)));
        return new SearchResults(hits, result.total().hitCount(), orderedTypes, neighbourhoodCounts,
                request.page(), PAGE_SIZE);
    }

    /** One of a team's own items, found in the back office whatever its state. */
    public record TeamHit(String type, long id, long neighbourhoodId, String title, @Nullable Instant publicFrom) {

        /** Whether the public sees it now. */
        public boolean publicAt(Instant now) {
            return publicFrom != null && !publicFrom.isAfter(now);
        }
    }

    /**
     * The priorities, events and updates of the neighbourhoods the signed-in user may edit (all, for an
     * administrator) that the words find, drafts and unpublished items included, best first.
     *
     * @throws org.springframework.security.access.AccessDeniedException for anyone who edits no neighbourhood
     * @throws Refusal as {@link #search} does for words it cannot search for
     */
    public List<TeamHit> teamSearch(String words, Locale reader) {
        var editable = permissions.editableNeighbourhoods();
        if (!editable.all() && editable.neighbourhoodIds().isEmpty()) {
            throw new org.springframework.security.access.AccessDeniedException(
                    "Only a neighbourhood's editors and the administrators search its items");
        }
        var text = check(words);
        if (text.isEmpty()) {
            return List.of();
        }
        var language = readerLanguage(reader);
        var first = languages.first().getLanguage();
        return Search.session(entityManager).search(Searchable.class)
                .select(f -> f.composite().from(
                        f.field(SearchFields.TYPE, String.class),
                        f.field(SearchFields.ITEM_ID, Long.class),
                        f.field(SearchFields.NEIGHBOURHOOD, Long.class).list(),
                        f.field(SearchFields.title(language), String.class),
                        f.field(SearchFields.title(first), String.class),
                        f.field(SearchFields.PUBLIC_FROM, Instant.class)).asList())
                .where((f, root) -> {
                    root.add(matching(f, text, language));
                    root.add(types(f, Set.of(SearchTypes.PRIORITY, SearchTypes.EVENT, SearchTypes.UPDATE)));
                    if (!editable.all()) {
                        var mine = f.bool();
                        editable.neighbourhoodIds().forEach(id ->
                                mine.should(f.match().field(SearchFields.NEIGHBOURHOOD).matching(id)));
                        root.add(mine);
                    }
                })
                .fetchHits(TEAM_HITS).stream()
                .map(row -> {
                    @SuppressWarnings("unchecked")
                    var neighbourhoods = (List<Long>) row.get(2);
                    var title = row.get(3) != null ? (String) row.get(3) : (String) row.get(4);
                    return new TeamHit((String) row.get(0), (Long) row.get(1), neighbourhoods.getFirst(),
                            title == null ? "" : title, (Instant) row.get(5));
                })
                .toList();
    }

    private String readerLanguage(Locale reader) {
        return languages.all().stream().map(Locale::getLanguage)
                .filter(tag -> tag.equals(reader.getLanguage())).findFirst()
                .orElse(languages.first().getLanguage());
    }

    /** The words, checked: blank is allowed (nothing is searched), too long or wordless is refused. */
    static String check(String text) {
        var stripped = text.strip();
        if (stripped.length() > TEXT_MAX) {
            throw Refusal.of("refusal.search.too-long", TEXT_MAX);
        }
        if (!stripped.isEmpty() && stripped.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw Refusal.of("refusal.search.no-words");
        }
        return stripped;
    }

    /** Public now, and matching the words. */
    private PredicateFinalStep visible(SearchPredicateFactory f, Instant now, String text, String language) {
        return f.bool().must(f.range().field(SearchFields.PUBLIC_FROM).atMost(now))
                .must(matching(f, text, language));
    }

    /** Matching the words in any language, through a typo, another form or a word's start. */
    private PredicateFinalStep matching(SearchPredicateFactory f, String text, String language) {
        var matching = f.bool();
        for (var locale : languages.all()) {
            var tag = locale.getLanguage();
            float preferred = tag.equals(language) ? 1.5f : 1f;
            matching.should(f.match().field(SearchFields.title(tag)).matching(text).fuzzy(1, 1).boost(3 * preferred));
            // Typos are forgiven in titles, where a person looks first; bodies match words and their forms.
            matching.should(f.match().field(SearchFields.body(tag)).matching(text).boost(preferred));
        }
        matching.should(f.match().field(SearchFields.WORD_STARTS).matching(text).boost(2));
        return matching;
    }

    private static PredicateFinalStep types(SearchPredicateFactory f, Set<String> types) {
        var any = f.bool();
        types.forEach(type -> any.should(f.match().field(SearchFields.TYPE).matching(type)));
        return any;
    }

    private static PredicateFinalStep upcoming(SearchPredicateFactory f, Instant now) {
        return f.bool().must(f.match().field(SearchFields.TYPE).matching(SearchTypes.EVENT))
                .must(f.range().field(SearchFields.DATE).atLeast(now));
    }

    /** A row of type, id, slug, neighbourhoods, date, then title and passage in the reader's language and maybe the first's. */
    private static Hit hit(List<?> row, boolean withFirst) {
        var title = (String) row.get(5);
        var snippet = firstOf((List<?>) row.get(6));
        var fallback = title == null && withFirst;
        if (fallback) {
            title = (String) row.get(7);
            snippet = firstOf((List<?>) row.get(8));
        }
        @SuppressWarnings("unchecked")
        var neighbourhoods = new LinkedHashSet<>((List<Long>) row.get(3));
        return new Hit((String) row.get(0), (Long) row.get(1), (String) row.get(2), neighbourhoods,
                (Instant) row.get(4), title == null ? "" : title, snippet == null ? "" : snippet, fallback);
    }

    /** Adds what is public and matches, and the chosen filters but those left out for counting. */
    private void filter(SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?> root,
            SearchRequest request, Instant now, String text, String language, boolean byType,
            boolean byNeighbourhood) {
        root.add(visible(f, now, text, language));
        if (byType && !request.types().isEmpty()) {
            root.add(types(f, request.types()));
        }
        if (byNeighbourhood && request.neighbourhoodId() != null) {
            root.add(f.match().field(SearchFields.NEIGHBOURHOOD).matching(request.neighbourhoodId()));
        }
        if (request.upcoming()) {
            root.add(upcoming(f, now));
        }
    }

    private static @Nullable String firstOf(List<?> fragments) {
        return fragments.isEmpty() ? null : (String) fragments.getFirst();
    }
}
