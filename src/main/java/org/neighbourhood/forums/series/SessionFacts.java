package org.neighbourhood.forums.series;

import java.time.Instant;

/**
 * A session with what the rest of the forums need of its series — to name it in an email, link to its page or
 * check who runs it — as a snapshot, never the entity.
 */
public record SessionFacts(long id, long version, long seriesId, String seriesSlug, SeriesContent series,
        String slug, SessionContent content, boolean agendaPublished, Instant updatedAt) {

    static SessionFacts of(ForumSeries series, ForumSession session) {
        return new SessionFacts(session.getId(), session.getVersion(), series.getId(), series.getSlug(),
                series.content(), session.getSlug(), session.content(), session.isAgendaPublished(),
                session.getUpdatedAt());
    }

    /** Sign-ups, topics and support are taken until the session starts. */
    public boolean isOpenAt(Instant now) {
        return now.isBefore(content.startsAt());
    }

    public Instant startsAt() {
        return content.startsAt();
    }

    public Instant endsAt() {
        return content.endsAt();
    }

    public int capacity() {
        return content.capacity();
    }

    public boolean listeningCircle() {
        return content.listeningCircle();
    }
}
