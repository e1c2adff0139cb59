package org.neighbourhood.forums.agenda;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.forums.series.SeriesGuard;
import org.neighbourhood.forums.signup.SignUpService;
import org.neighbourhood.security.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A session's agenda: people who signed up propose topics and support each other's through their manage link;
 * the session's facilitators add topics of the chairs and order them; publishing the agenda is a change to the
 * session, {@code SeriesAdminService}'s. Facilitators reach a session only through {@link SeriesGuard}; every change
 * they make is audited.
 */
@Service
@Transactional(readOnly = true)
public class AgendaService {

    private static final String SESSION = "forum-session";

    private final TopicRepository topics;
    private final SeriesGuard guard;
    private final SignUpService signUps;
    private final AuditLog audit;
    private final Clock clock;

    AgendaService(TopicRepository topics, SeriesGuard guard, SignUpService signUps, AuditLog audit, Clock clock) {
        this.topics = topics;
        this.guard = guard;
        this.signUps = signUps;
        this.audit = audit;
        this.clock = clock;
    }

    public record TopicRow(long id, String title, @Nullable String details, int supporters, TopicStatus status,
            @Nullable Integer position, boolean fromChairs) {
    }

    /** A topic as a person who signed up sees it through their manage link. */
    public record MyTopic(long id, String title, @Nullable String details, int supporters, boolean mine,
            boolean supported, TopicStatus status) {
    }

    /** Every topic of a session for its facilitators: the agenda in order, then proposals, then those set aside. */
    public List<TopicRow> topics(long sessionId) {
        guard.session(sessionId);
        return topics.findBySessionIdOrderByCreatedAtAsc(sessionId).stream()
                .sorted(Comparator.comparing((Topic t) -> t.getStatus() == TopicStatus.ON_AGENDA ? 0
                                : t.getStatus() == TopicStatus.PROPOSED ? 1 : 2)
                        .thenComparing(t -> t.getAgendaPosition() == null ? Integer.MAX_VALUE : t.getAgendaPosition())
                        .thenComparing(t -> -t.getSupporters().size()))
                .map(t -> new TopicRow(t.getId(), t.getTitle(), t.getDetails(), t.getSupporters().size(),
                        t.getStatus(), t.getAgendaPosition(), t.getProposedBy() == null))
                .toList();
    }

    @Transactional
    public void addTopic(long sessionId, String title, @Nullable String details) {
        guard.session(sessionId);
        var clean = title.strip();
        if (clean.isEmpty()) {
            throw Refusal.about("title", "forum.topic.title.required");
        }
        if (clean.length() > Topic.TITLE_MAX) {
            throw Refusal.about("title", "forum.topic.title.too-long");
        }
        var cleanDetails = details == null || details.isBlank() ? null : details.strip();
        if (cleanDetails != null && cleanDetails.length() > Topic.DETAILS_MAX) {
            throw Refusal.about("details", "forum.topic.details.too-long");
        }
        var topic = topics.save(new Topic(sessionId, null, clean, cleanDetails, now()));
        audit.record("forum-topic.added", SESSION, id(sessionId), "“" + clean + "” (topic " + topic.getId() + ")");
    }

    /** Puts a topic on the agenda at a position, back among proposals, or aside. */
    @Transactional
    public void placeTopic(long topicId, TopicStatus status, @Nullable Integer position) {
        var topic = topics.findById(topicId).orElseThrow(() -> Refusal.of("refusal.forum.topic.gone"));
        guard.session(topic.getSessionId());
        topic.place(status, position);
        audit.record("forum-topic.placed", SESSION, id(topic.getSessionId()),
                "“" + topic.getTitle() + "” → " + status + (position == null ? "" : " #" + position));
    }

    /** The titles on a session's agenda, in order: what the public sees once the agenda is published. */
    public List<String> agenda(long sessionId) {
        return topics.findBySessionIdOrderByCreatedAtAsc(sessionId).stream()
                .filter(t -> t.getStatus() == TopicStatus.ON_AGENDA)
                .sorted(Comparator.comparing((Topic t) -> t.getAgendaPosition() == null
                        ? Integer.MAX_VALUE : t.getAgendaPosition()))
                .map(Topic::getTitle).toList();
    }

    /** The topics open to support, for the holder of a working manage link; none for any other link. */
    public List<MyTopic> topics(String token) {
        return signUps.registrant(token).map(person -> topics.findBySessionIdOrderByCreatedAtAsc(person.sessionId())
                .stream()
                .filter(t -> t.getStatus() != TopicStatus.SET_ASIDE)
                .sorted(Comparator.comparingInt((Topic t) -> -t.getSupporters().size())
                        .thenComparing(Topic::getCreatedAt))
                .map(t -> new MyTopic(t.getId(), t.getTitle(), t.getDetails(), t.getSupporters().size(),
                        Long.valueOf(person.id()).equals(t.getProposedBy()),
                        t.getSupporters().contains(person.id()), t.getStatus()))
                .toList()).orElse(List.of());
    }

    /** Problems by field as message keys; empty when the topic was added. */
    @Transactional
    public Map<String, String> proposeTopic(String token, String title, @Nullable String details) {
        var person = signUps.registeredBeforeStart(token).orElse(null);
        if (person == null) {
            return Map.of("title", "forum.topic.closed");
        }
        var cleanTitle = title.strip();
        if (cleanTitle.isEmpty()) {
            return Map.of("title", "forum.topic.title.required");
        }
        if (cleanTitle.length() > Topic.TITLE_MAX) {
            return Map.of("title", "forum.topic.title.too-long");
        }
        var cleanDetails = details == null || details.isBlank() ? null : details.strip();
        if (cleanDetails != null && cleanDetails.length() > Topic.DETAILS_MAX) {
            return Map.of("details", "forum.topic.details.too-long");
        }
        var topic = new Topic(person.sessionId(), person.id(), cleanTitle, cleanDetails, now());
        topic.toggleSupport(person.id());
        topics.save(topic);
        return Map.of();
    }

    /** Adds or withdraws support for a topic of the same session; true when supported afterwards. */
    @Transactional
    public boolean toggleSupport(String token, long topicId) {
        var person = signUps.registeredBeforeStart(token).orElseThrow(() -> Refusal.of("forum.topic.closed"));
        var topic = topics.findById(topicId).filter(t -> t.getSessionId() == person.sessionId())
                .orElseThrow(() -> Refusal.of("refusal.forum.topic.gone"));
        return topic.toggleSupport(person.id());
    }

    /**
     * The demo's agenda: each title proposed by the person at the same place in the list and supported by
     * fewer people further down it; in that order on the agenda when {@code onAgenda}.
     */
    @Transactional
    public void loadDemo(long sessionId, List<Long> people, List<String> titles, boolean onAgenda) {
        guard.requireAdmin();
        guard.session(sessionId);
        for (int i = 0; i < titles.size(); i++) {
            var topic = new Topic(sessionId, people.get(i), titles.get(i), null, now());
            for (int s = 0; s <= (titles.size() - i) * 2 && s < people.size(); s++) {
                topic.toggleSupport(people.get(s));
            }
            if (onAgenda) {
                topic.place(TopicStatus.ON_AGENDA, i + 1);
            }
            topics.save(topic);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String id(long id) {
        return String.valueOf(id);
    }
}
