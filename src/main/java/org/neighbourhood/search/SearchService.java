package org.neighbourhood.search;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
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
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.search.SearchFields;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.base.search.Searchable;
import org.neighbourhood.search.SearchResults.Hit;
import org.neighbourhood.security.Permissions;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

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
    private static final String MARK = "<mark>";
    private static final String MARK_END = "</mark>";
    private static final int MANY = 10_000;
    /** The parts of the index counted before all of it, smallest first: one in 64, then one in 16. */
    private static final int[] SAMPLE_FRACTIONS = {64, 16};
    private static final int TEAM_HITS = 50;
    private static final AggregationKey<Map<String, Long>> TYPES = AggregationKey.of("types");
    private static final AggregationKey<Map<Long, Long>> NEIGHBOURHOODS = AggregationKey.of("neighbourhoods");

    private final EntityManager entityManager;
    private final ContentLanguages languages;
    private final Clock clock;
    private final Permissions permissions;
    private final Typos typos;
    /** Results up to this many are counted exactly; more are estimated. */
    private final int countExactlyUpTo;

    SearchService(EntityManager entityManager, ContentLanguages languages, Clock clock, Permissions permissions,
            Typos typos, @Value("${neighbourhood.search.count-exactly-up-to:1000}") int countExactlyUpTo) {
        this.typos = typos;
        this.permissions = permissions;
        this.countExactlyUpTo = countExactlyUpTo;
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
        int page = Math.min(request.page(), SearchResults.MAX_PAGES - 1);
        var session = Search.session(entityManager);
        var words = words(text, reader);
        var fields = words.languages();
        var asked = new Asked(request, clock.instant(), words);

        // The page of hits alone: past a bound, the best hits are found without scoring every match, and the total
        // is only known to be above it.
        var result = session.search(Searchable.class)
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
                        projections.add(f.field(SearchFields.body(tag), String.class));
                    }
                    return f.composite().from(projections.stream().map(step -> step.toProjection())
                            .toArray(org.hibernate.search.engine.search.projection.SearchProjection[]::new)).asList();
                })
                .where((f, root) -> filter(f, root, asked, true, true))
                // The unified highlighter reads the matches' offsets from the index and looks only at the highlighted
                // field's part of the query: the others re-read the whole query, typos and all, for every hit.
                .highlighter(h -> h.unified().tag(MARK, MARK_END).encoder(HighlighterEncoder.HTML)
                        .numberOfFragments(1).noMatchSize(Integer.MAX_VALUE))
                .sort(f -> f.score().then().field(SearchFields.DATE).desc().missing().last())
                .totalHitCountThreshold(countExactlyUpTo)
                .fetch(page * PAGE_SIZE, PAGE_SIZE);
        boolean hitsCounted = result.total().isHitCountExact();

        // Each filter's counts leave that filter out, so that every choice says what choosing it would give. With
        // no filter chosen, one count serves both.
        boolean noFilter = request.types().isEmpty() && request.neighbourhoodId() == null;
        var typeCounts = counts(session, asked, noFilter ? EnumSet.allOf(Facet.class) : EnumSet.of(Facet.TYPES),
                hitsCounted && noFilter);
        var neighbourhoodCounts = noFilter ? typeCounts : counts(session, asked, EnumSet.of(Facet.NEIGHBOURHOODS), false);

        var hits = new ArrayList<Hit>();
        for (List<?> row : result.hits()) {
            hits.add(hit(row, fields.size() > 1));
        }
        var orderedTypes = new LinkedHashMap<String, Long>();
        SearchTypes.ALL.forEach(type -> orderedTypes.put(type, typeCounts.types().getOrDefault(type, 0L)));
        var byNeighbourhood = new LinkedHashMap<>(neighbourhoodCounts.neighbourhoods());
        if (!typeCounts.exact() || !neighbourhoodCounts.exact()) {
            atLeastThePage(hits, orderedTypes, byNeighbourhood);
        }
        boolean totalExact = hitsCounted || typeCounts.exact();
        long total = hitsCounted ? result.total().hitCount()
                : Math.max(page * PAGE_SIZE + hits.size(), orderedTypes.entrySet().stream()
                        .filter(entry -> request.types().isEmpty() || request.types().contains(entry.getKey()))
                        .mapToLong(Map.Entry::getValue).sum());
        return new SearchResults(hits, total, totalExact, orderedTypes, byNeighbourhood,
                typeCounts.exact() && neighbourhoodCounts.exact(), page, PAGE_SIZE);
    }

    /** What one search asks: the request, the moment it is asked at, and its words. */
    private record Asked(SearchRequest request, Instant now, Words words) {
    }

    /** The filters that say how many each choice would give. */
    private enum Facet {
        TYPES, NEIGHBOURHOODS
    }

    private record Counts(Map<String, Long> types, Map<Long, Long> neighbourhoods, boolean exact) {
    }

    /** Raises estimated counts to what the page shows, so that no kind or neighbourhood on it reads (0). */
    static void atLeastThePage(List<Hit> hits, Map<String, Long> types, Map<Long, Long> neighbourhoods) {
        for (var hit : hits) {
            types.merge(hit.type(), pageCount(hits, other -> other.type().equals(hit.type())), Math::max);
            for (var id : hit.neighbourhoodIds()) {
                neighbourhoods.merge(id, pageCount(hits, other -> other.neighbourhoodIds().contains(id)), Math::max);
            }
        }
    }

    private static long pageCount(List<Hit> hits, java.util.function.Predicate<Hit> which) {
        return hits.stream().filter(which).count();
    }

    /**
     * How many match of each kind or in each neighbourhood, with that facet's own filter left out. Counting every
     * match of a common word would take longer than the rest of the search, so the matches in one sixty-fourth of
     * the index, then in one sixteenth, chosen by {@link SearchFields#sample}, are counted first: when they are
     * many, the counts are estimated from them; when few, every match is counted.
     */
    private Counts counts(org.hibernate.search.mapper.orm.session.SearchSession session, Asked asked,
            Set<Facet> facets, boolean fewMatches) {
        // A sample is trusted once it holds enough matches to stand for the rest within a few per cent.
        long enough = Math.max(1, countExactlyUpTo / 16);
        for (int fraction : fewMatches ? new int[0] : SAMPLE_FRACTIONS) {
            var parts = java.util.stream.IntStream.range(0, SearchFields.SAMPLES / fraction)
                    .mapToObj(Integer::toString).toList();
            var sampled = count(session, asked, facets, parts);
            long found = sampled.total().hitCount();
            if (found >= enough && found * fraction >= countExactlyUpTo) {
                return new Counts(estimate(types(sampled, facets), fraction),
                        estimate(neighbourhoods(sampled, facets), fraction), false);
            }
        }
        var all = count(session, asked, facets, List.of());
        return new Counts(types(all, facets), neighbourhoods(all, facets), true);
    }

    /** The facets' counts over the matches, or over those in the given parts of the sample when there are some. */
    private static SearchResult<?> count(org.hibernate.search.mapper.orm.session.SearchSession session, Asked asked,
            Set<Facet> facets, List<String> parts) {
        var query = session.search(Searchable.class)
                .where((f, root) -> {
                    filter(f, root, asked, !facets.contains(Facet.TYPES), !facets.contains(Facet.NEIGHBOURHOODS));
                    if (!parts.isEmpty()) {
                        root.add(f.terms().field(SearchFields.SAMPLE).matchingAny(parts));
                    }
                });
        if (facets.contains(Facet.TYPES)) {
            query = query.aggregation(TYPES, f -> f.terms().field(SearchFields.TYPE, String.class).maxTermCount(MANY));
        }
        if (facets.contains(Facet.NEIGHBOURHOODS)) {
            query = query.aggregation(NEIGHBOURHOODS, f -> f.terms().field(SearchFields.NEIGHBOURHOOD, Long.class)
                    .maxTermCount(MANY));
        }
        return query.fetch(0);
    }

    private static Map<String, Long> types(SearchResult<?> counted, Set<Facet> facets) {
        return facets.contains(Facet.TYPES) ? counted.aggregation(TYPES) : Map.of();
    }

    private static Map<Long, Long> neighbourhoods(SearchResult<?> counted, Set<Facet> facets) {
        return facets.contains(Facet.NEIGHBOURHOODS) ? counted.aggregation(NEIGHBOURHOODS) : Map.of();
    }

    /** Counts in the sample scaled to the whole index, to two significant figures so as not to look exact. */
    private static <K> Map<K, Long> estimate(Map<K, Long> sampled, int fraction) {
        var estimated = new LinkedHashMap<K, Long>();
        sampled.forEach((key, count) -> estimated.put(key, roughly(count * fraction)));
        return estimated;
    }

    static long roughly(long count) {
        if (count < 100) {
            return count;
        }
        long unit = (long) Math.pow(10, (long) Math.log10(count) - 1);
        return Math.round((double) count / unit) * unit;
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
        var searched = words(text, reader);
        var language = searched.languages().getFirst();
        var first = searched.languages().getLast();
        return Search.session(entityManager).search(Searchable.class)
                .select(f -> f.composite().from(
                        f.field(SearchFields.TYPE, String.class),
                        f.field(SearchFields.ITEM_ID, Long.class),
                        f.field(SearchFields.NEIGHBOURHOOD, Long.class).list(),
                        f.field(SearchFields.title(language), String.class),
                        f.field(SearchFields.title(first), String.class),
                        f.field(SearchFields.PUBLIC_FROM, Instant.class)).asList())
                .where((f, root) -> {
                    root.add(matching(f, searched));
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

    /**
     * The words in the reader's language, if content is written in it, and in the first language (every item is
     * written in the first; its fields are searched only when the reader's is another, as each costs a highlight),
     * with the words the typos among them were probably meant to be.
     */
    private Words words(String text, Locale reader) {
        var first = languages.first().getLanguage();
        var language = languages.all().stream().map(Locale::getLanguage)
                .filter(tag -> tag.equals(reader.getLanguage())).findFirst().orElse(first);
        var searched = language.equals(first) ? List.of(language) : List.of(language, first);
        return new Words(text, searched, typos.corrections(text, searched));
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
    private static PredicateFinalStep visible(SearchPredicateFactory f, Instant now, Words words) {
        // Said as what is left out, not what is kept: both are few, so the words' matches are scored as a plain
        // disjunction, which lets Lucene skip those that cannot reach the page.
        return f.bool().must(matching(f, words))
                .mustNot(f.match().field(SearchFields.HIDDEN).matching(SearchFields.NEVER_PUBLIC))
                .mustNot(f.range().field(SearchFields.PUBLIC_FROM).greaterThan(now));
    }

    /**
     * What was typed, the languages searched (the reader's first) and, for each, the title words its typos were
     * probably meant to be.
     */
    private record Words(String text, List<String> languages, Map<String, Set<String>> corrections) {
    }

    /**
     * Matching the words in the reader's language and the first language (every item is written in the first),
     * through a typo, another form or a word's start; the reader's language counts for more.
     */
    private static PredicateFinalStep matching(SearchPredicateFactory f, Words words) {
        var matching = f.bool();
        for (var tag : words.languages()) {
            float preferred = tag.equals(words.languages().getFirst()) ? 1.5f : 1f;
            var title = SearchFields.title(tag);
            matching.should(f.match().field(title).matching(words.text()).boost(3 * preferred));
            // Typos are forgiven in titles, where a person looks first; bodies match words and their forms.
            for (var meant : words.corrections().getOrDefault(tag, Set.of())) {
                matching.should(f.match().field(title).matching(meant).skipAnalysis().boost(2 * preferred));
            }
            matching.should(f.match().field(SearchFields.body(tag)).matching(words.text()).boost(preferred));
        }
        matching.should(f.match().field(SearchFields.WORD_STARTS).matching(words.text()).boost(2));
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

    /**
     * A row of type, id, slug, neighbourhoods, date, then title, passage and body in the reader's language and maybe
     * the first's.
     */
    private static Hit hit(List<?> row, boolean withFirst) {
        var title = (String) row.get(5);
        var snippet = snippet(row, 6);
        var fallback = title == null && withFirst;
        if (fallback) {
            title = (String) row.get(8);
            snippet = snippet(row, 9);
        }
        @SuppressWarnings("unchecked")
        var neighbourhoods = new LinkedHashSet<>((List<Long>) row.get(3));
        return new Hit((String) row.get(0), (Long) row.get(1), (String) row.get(2), neighbourhoods,
                (Instant) row.get(4), title == null ? "" : title, snippet == null ? "" : snippet, fallback);
    }

    /** Adds what is public and matches, and the chosen filters but those left out for counting. */
    private static void filter(SearchPredicateFactory f,
            org.hibernate.search.engine.search.predicate.dsl.SimpleBooleanPredicateClausesCollector<?, ?> root,
            Asked asked, boolean byType, boolean byNeighbourhood) {
        var request = asked.request();
        var now = asked.now();
        root.add(visible(f, now, asked.words()));
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

    /** The highlighted passage at this place in the row, or where the words matched only elsewhere, the body's start. */
    private static @Nullable String snippet(List<?> row, int at) {
        var fragments = (List<?>) row.get(at);
        if (!fragments.isEmpty()) {
            return around((String) fragments.getFirst());
        }
        var body = (String) row.get(at + 1);
        return body == null ? null : around(HtmlUtils.htmlEscape(body, "UTF-8"));
    }

    /**
     * The highlighter's best sentence, cut to about {@link #SNIPPET_CHARS} characters of text from a little before
     * its first mark, at spaces, never inside a tag or an entity, marks closed and cuts shown by an ellipsis.
     */
    static String around(String html) {
        // Each piece is a tag, an entity or one character; only the last two are seen.
        var pieces = new ArrayList<String>();
        for (int at = 0; at < html.length();) {
            char c = html.charAt(at);
            int end = c == '<' ? html.indexOf('>', at) : c == '&' ? html.indexOf(';', at) : -1;
            int next = end > 0 && end - at < 12 ? end + 1 : at + Character.charCount(html.codePointAt(at));
            pieces.add(html.substring(at, next));
            at = next;
        }
        int seen = (int) pieces.stream().filter(piece -> !piece.startsWith("<")).count();
        if (seen <= SNIPPET_CHARS) {
            return html;
        }
        int mark = Math.max(0, pieces.indexOf(MARK));
        int start = Math.max(0, mark - SNIPPET_CHARS / 3);
        while (start > 0 && start < mark && !pieces.get(start - 1).isBlank()) {
            start++;
        }
        var text = new StringBuilder(start > 0 ? "… " : "");
        int count = 0;
        boolean open = false;
        int next = start;
        // Up to the first space past the length, or a little further for a long word; never out of a mark.
        while (next < pieces.size()) {
            var piece = pieces.get(next);
            if (!open && (count >= SNIPPET_CHARS && piece.isBlank() || count > SNIPPET_CHARS + 40)) {
                break;
            }
            open = piece.equals(MARK) || open && !piece.equals(MARK_END);
            if (!piece.startsWith("<")) {
                count++;
            }
            text.append(piece);
            next++;
        }
        return next < pieces.size() ? text.toString().strip() + " …" : text.toString();
    }
}
