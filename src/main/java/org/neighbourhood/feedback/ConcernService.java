package org.neighbourhood.feedback;

import java.time.Clock;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neighbourhood.base.LinkTokens;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Voice a concern": one click per concern per neighbourhood, counted at most once a month per browser, with
 * no personal data. The browser is known only by a random token the page keeps in a cookie; what is stored is
 * the hash of that token with the month, so one month's clicks cannot be linked to another's, nor to anyone.
 */
@Service
@Transactional(readOnly = true)
public class ConcernService {

    /** The shortest browser token accepted: anything shorter is not one {@link #newBrowserToken} made. */
    static final int TOKEN_MIN = 20;
    static final int TOKEN_MAX = 100;

    private final VoicedConcernRepository concerns;
    private final NeighbourhoodService neighbourhoods;
    private final FeedbackLimiter limiter;
    private final Clock clock;
    private final List<Subject> kinds;

    ConcernService(VoicedConcernRepository concerns, NeighbourhoodService neighbourhoods, FeedbackLimiter limiter,
            Clock clock,
            @Value("${neighbourhood.feedback.concerns:ASB,SPEEDING,DRUGS,BURGLARY,VEHICLE_CRIME,LITTER}")
            Subject[] kinds) {
        this.concerns = concerns;
        this.neighbourhoods = neighbourhoods;
        this.limiter = limiter;
        this.clock = clock;
        this.kinds = List.copyOf(Arrays.asList(kinds));
    }

    /** A count of one concern. */
    public record ConcernCount(Subject kind, long count) {
    }

    /** The concerns this force offers, in the order the page lists them. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<Subject> kinds() {
        return kinds;
    }

    /** A new random token for a browser that has none, for the page to keep in a cookie. */
    public static String newBrowserToken() {
        return LinkTokens.newToken();
    }

    /** The month in London now, which the counts are kept by. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public YearMonth currentMonth() {
        return YearMonth.from(clock.instant().atZone(Zones.LONDON));
    }

    /**
     * Counts the concern once for this browser this month.
     *
     * @return true when counted, false when this browser already voiced it this month
     * @throws Refusal {@code refusal.feedback.too-many} past the limit per client address (kept in memory only),
     *     {@code refusal.feedback.concern} for a concern the force does not offer, a neighbourhood that does not
     *     exist or a token that is not one
     */
    @Transactional
    public boolean voice(long neighbourhoodId, Subject kind, String browserToken, String clientAddress) {
        if (!kinds.contains(kind) || browserToken.length() < TOKEN_MIN || browserToken.length() > TOKEN_MAX
                || neighbourhoods.findByIds(Set.of(neighbourhoodId)).isEmpty()) {
            throw Refusal.of("refusal.feedback.concern");
        }
        if (!limiter.tryConcern(clientAddress)) {
            throw Refusal.of("refusal.feedback.too-many");
        }
        var month = currentMonth().toString();
        var voter = LinkTokens.hash(month + ":" + browserToken);
        if (concerns.existsByNeighbourhoodIdAndKindAndVoicedMonthAndVoterHash(neighbourhoodId, kind, month, voter)) {
            return false;
        }
        // Two clicks racing past the check meet the unique key: the second fails rather than counting twice.
        concerns.saveAndFlush(new VoicedConcern(neighbourhoodId, kind, month, voter,
                clock.instant().truncatedTo(ChronoUnit.MICROS)));
        return true;
    }

    /**
     * The concerns this browser has voiced in the neighbourhood this month, so that the page can show them as
     * counted; nothing for a token that is not one.
     */
    public Set<Subject> voicedBy(long neighbourhoodId, String browserToken) {
        if (browserToken.length() < TOKEN_MIN || browserToken.length() > TOKEN_MAX) {
            return Set.of();
        }
        var month = currentMonth().toString();
        return Set.copyOf(concerns.kindsVoiced(neighbourhoodId, month, LinkTokens.hash(month + ":" + browserToken)));
    }

    /**
     * Every neighbourhood's concerns of that month in one query, each neighbourhood's most voiced first; only
     * neighbourhoods and concerns voiced at all.
     */
    public Map<Long, List<ConcernCount>> topConcernsByNeighbourhood(YearMonth month) {
        var byNeighbourhood = new HashMap<Long, List<ConcernCount>>();
        for (var row : concerns.countByNeighbourhoodAndKind(month.toString())) {
            byNeighbourhood.computeIfAbsent(((Number) row[0]).longValue(), id -> new ArrayList<>())
                    .add(new ConcernCount((Subject) row[1], ((Number) row[2]).longValue()));
        }
        return byNeighbourhood;
    }

    /** The neighbourhood's concerns of that month, the most voiced first; only those voiced at all. */
    public List<ConcernCount> topConcerns(long neighbourhoodId, YearMonth month) {
        return concerns.countByKind(neighbourhoodId, month.toString()).stream()
                .map(row -> new ConcernCount((Subject) row[0], ((Number) row[1]).longValue()))
                .toList();
    }
}
