package org.neighbourhood.forums.series;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Series and sessions as the public pages and the sign-up flows read them, as snapshots. Nothing here says who
 * facilitates a series, and nothing changes one: that is {@link SeriesAdminService}'s, behind {@link SeriesGuard}.
 */
@Service
@Transactional(readOnly = true)
public class SeriesCatalog {

    private final ForumSeriesRepository series;
    private final ForumSessionRepository sessions;

    SeriesCatalog(ForumSeriesRepository series, ForumSessionRepository sessions) {
        this.series = series;
        this.sessions = sessions;
    }

    /** Published series, in no particular order: each reader's page sorts them by the names it shows. */
    public List<SeriesFacts> publishedSeries() {
        return series.findByPublishedTrue().stream().map(SeriesFacts::of).toList();
    }

    public Optional<SeriesFacts> publishedSeries(String slug) {
        return series.findBySlug(slug).filter(ForumSeries::isPublished).map(SeriesFacts::of);
    }

    /** A published series' published sessions, oldest first. */
    public List<SessionFacts> publishedSessions(long seriesId) {
        return series.findById(seriesId).filter(ForumSeries::isPublished)
                .map(forum -> sessions.findBySeriesIdOrderByStartsAtAsc(seriesId).stream()
                        .filter(ForumSession::isPublished).map(session -> SessionFacts.of(forum, session)).toList())
                .orElse(List.of());
    }

    public Optional<SessionFacts> publishedSession(String seriesSlug, String sessionSlug) {
        return series.findBySlug(seriesSlug).filter(ForumSeries::isPublished)
                .flatMap(forum -> sessions.findBySeriesIdAndSlug(forum.getId(), sessionSlug)
                        .filter(ForumSession::isPublished).map(session -> SessionFacts.of(forum, session)));
    }

    /**
     * Any session, published or not: for the people who hold a registration for it, which outlives a session
     * being taken off the public pages.
     */
    public Optional<SessionFacts> session(long sessionId) {
        return sessions.findById(sessionId).map(this::withSeries);
    }

    /**
     * A session locked for the rest of the caller's transaction, so that places are given out one at a time.
     * Residents have no account: their emailed link, checked by the caller, is what lets them reach it.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<SessionFacts> lock(long sessionId) {
        return sessions.lockById(sessionId).map(this::withSeries);
    }

    /** Published sessions starting after {@code from}, up to and including {@code to}: those to remind people of. */
    public List<SessionFacts> publishedStartingBetween(Instant from, Instant to) {
        return sessions.startingBetween(from, to).stream().map(this::withSeries).toList();
    }

    /** The ids of the sessions that ended before {@code cutoff}: whose sign-ups are kept no longer. */
    public List<Long> endedBefore(Instant cutoff) {
        return sessions.idsEndedBefore(cutoff);
    }

    private SessionFacts withSeries(ForumSession session) {
        return SessionFacts.of(series.findById(session.getSeriesId()).orElseThrow(), session);
    }
}
