package org.neighbourhood.feedback;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Zones;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.Permissions.Editable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A team's feedback figures for a period, for the inbox header and the engagement dashboard alike, computed by
 * the database with aggregate queries: however many items there are, none is loaded. Spam counts nowhere.
 */
@Service
@Transactional(readOnly = true)
public class FeedbackFigures {

    private final EntityManager entityManager;
    private final VoicedConcernRepository concerns;
    private final Permissions permissions;
    private final Clock clock;

    FeedbackFigures(EntityManager entityManager, VoicedConcernRepository concerns, Permissions permissions,
            Clock clock) {
        this.entityManager = entityManager;
        this.concerns = concerns;
        this.permissions = permissions;
        this.clock = clock;
    }

    /**
     * The figures of the items received in a period.
     *
     * @param received how many items came in
     * @param answered how many of them have had a first answer
     * @param medianFirstAnswer the median time from receipt to first answer of those answered; null when none is
     * @param answeredWithinTarget how many were first answered by their due time
     * @param decided how many can be judged against the target: answered, or unanswered past their due time
     *     (an item still within its time counts neither way)
     * @param escalations how many escalations were asked for within the period
     * @param concernsVoiced the concerns voiced within the period, by kind; kinds nobody voiced are left out
     */
    public record Figures(long received, long answered, @Nullable Duration medianFirstAnswer,
            long answeredWithinTarget, long decided, long escalations, Map<Subject, Long> concernsVoiced) {

        /** The share of the decided items answered within target, 0 to 1; null when none is decided. */
        public @Nullable Double shareWithinTarget() {
            return decided == 0 ? null : (double) answeredWithinTarget / decided;
        }
    }

    /**
     * The figures for one neighbourhood, or for every neighbourhood the signed-in user may answer for (all, and
     * the force in general, for an administrator), over the London days {@code from} up to but not including
     * {@code until}.
     */
    public Figures figures(@Nullable Long neighbourhoodId, LocalDate from, LocalDate until) {
        var visible = permissions.editableNeighbourhoods();
        if (neighbourhoodId != null ? !visible.includes(neighbourhoodId)
                : !visible.all() && visible.neighbourhoodIds().isEmpty()) {
            throw new AccessDeniedException("Only a neighbourhood's editors and administrators see its figures");
        }
        return compute(neighbourhoodId != null ? new Editable(false, java.util.Set.of(neighbourhoodId)) : visible,
                from, until);
    }

    /**
     * The same figures of one neighbourhood for everyone, as its team's record in the open data: counts, times and
     * shares only, never an item, a name or a word anyone wrote.
     */
    public Figures publicFigures(long neighbourhoodId, LocalDate from, LocalDate until) {
        return compute(new Editable(false, java.util.Set.of(neighbourhoodId)), from, until);
    }

    private Figures compute(Editable scope, LocalDate from, LocalDate until) {
        var start = from.atStartOfDay(Zones.LONDON).toInstant();
        var end = until.atStartOfDay(Zones.LONDON).toInstant();
        var now = clock.instant();

        var counts = query("select count(f), sum(case when f.firstAnsweredAt is not null then 1 else 0 end),"
                + " sum(case when f.firstAnsweredAt is not null and f.firstAnsweredAt <= f.dueAt then 1 else 0 end),"
                + " sum(case when f.firstAnsweredAt is not null or f.dueAt < :now then 1 else 0 end)"
                + " from FeedbackItem f where f.spam = false and f.receivedAt >= :from and f.receivedAt < :to",
                Object[].class, scope, start, end);
        counts.setParameter("now", now);
        var row = counts.getSingleResult();
        long received = number(row[0]);
        long answered = number(row[1]);

        var escalations = query("select count(f) from FeedbackItem f where f.spam = false"
                + " and f.escalatedAt >= :from and f.escalatedAt < :to", Long.class, scope, start, end)
                .getSingleResult();

        return new Figures(received, answered, median(scope, start, end, answered), number(row[2]), number(row[3]),
                escalations, concernsVoiced(scope, start, end));
    }

    /**
     * The median by one ordered query that skips to the middle, which H2 and MariaDB both run as it is: the middle
     * value, or the mean of the middle two.
     */
    private @Nullable Duration median(Editable scope, Instant start, Instant end, long answered) {
        if (answered == 0) {
            return null;
        }
        var middle = query("select f.answerSeconds from FeedbackItem f where f.spam = false and f.answerSeconds is not null"
                + " and f.receivedAt >= :from and f.receivedAt < :to", Long.class, scope, start, end,
                " order by f.answerSeconds")
                .setFirstResult((int) ((answered - 1) / 2))
                .setMaxResults(answered % 2 == 1 ? 1 : 2)
                .getResultList();
        long sum = middle.stream().mapToLong(Long::longValue).sum();
        return Duration.ofSeconds(Math.round((double) sum / middle.size()));
    }

    private Map<Subject, Long> concernsVoiced(Editable scope, Instant start, Instant end) {
        List<Object[]> rows = scope.all() ? concerns.countByKindBetween(start, end)
                : concerns.countByKindBetween(scope.neighbourhoodIds(), start, end);
        var byKind = new EnumMap<Subject, Long>(Subject.class);
        rows.forEach(row -> byKind.put((Subject) row[0], number(row[1])));
        return Map.copyOf(byKind);
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Editable scope, Instant start, Instant end) {
        return query(jpql, type, scope, start, end, "");
    }

    private <T> TypedQuery<T> query(String jpql, Class<T> type, Editable scope, Instant start, Instant end,
            String order) {
        var parameters = new HashMap<String, Object>();
        parameters.put("from", start);
        parameters.put("to", end);
        var where = "";
        if (!scope.all()) {
            where = " and f.neighbourhoodId in :scope";
            parameters.put("scope", scope.neighbourhoodIds());
        }
        var query = entityManager.createQuery(jpql + where + order, type);
        parameters.forEach(query::setParameter);
        return query;
    }

    private static long number(@Nullable Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
