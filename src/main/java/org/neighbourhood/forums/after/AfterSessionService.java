package org.neighbourhood.forums.after;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Changes;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.forums.series.SeriesGuard;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.forums.signup.RegistrationAdminService.RegistrationRow;
import org.neighbourhood.forums.signup.SignUpService;
import org.neighbourhood.security.AuditLog;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a session: its facilitators record the actions that answer what was raised and read the
 * feedback; people who had a place give feedback through their manage link. Facilitators reach a session
 * only through {@link SeriesGuard}; every change they make is audited.
 */
@Service
@Transactional(readOnly = true)
public class AfterSessionService {

    private static final String SESSION = "forum-session";

    private final ForumActionRepository actions;
    private final FeedbackRepository feedback;
    private final SeriesGuard guard;
    private final RegistrationAdminService admin;
    private final SignUpService signUps;
    private final AuditLog audit;
    private final Validator validator;
    private final Clock clock;

    AfterSessionService(ForumActionRepository actions, FeedbackRepository feedback, SeriesGuard guard,
            RegistrationAdminService admin, SignUpService signUps, AuditLog audit, Validator validator, Clock clock) {
        this.actions = actions;
        this.feedback = feedback;
        this.guard = guard;
        this.admin = admin;
        this.signUps = signUps;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
    }

    public record ActionRow(long id, long version, ActionContent content) {
    }

    /** A published action and the session it follows, for the public pages. */
    public record PublishedAction(long sessionId, ActionContent content) {
    }

    public record FeedbackRow(String body, @Nullable String from, Instant at) {
    }

    public List<ActionRow> actions(long sessionId) {
        guard.session(sessionId);
        return actions.findBySessionIdOrderByCreatedAtAsc(sessionId).stream()
                .map(a -> new ActionRow(a.getId(), a.getVersion(), a.content())).toList();
    }

    @Transactional
    public ActionRow createAction(long sessionId, ActionContent content) {
        guard.session(sessionId);
        validate(content);
        var now = now();
        var action = new ForumAction(sessionId, now);
        action.edit(content, now);
        actions.saveAndFlush(action);
        audit.record("forum-action.created", SESSION, id(sessionId), "“" + content.did() + "”");
        return new ActionRow(action.getId(), action.getVersion(), action.content());
    }

    @Transactional
    public ActionRow updateAction(long actionId, long expectedVersion, ActionContent content) {
        var action = actions.findById(actionId).orElseThrow(() -> Refusal.of("refusal.forum.action.gone"));
        guard.session(action.getSessionId());
        checkVersion(action.getVersion(), expectedVersion, actionId);
        validate(content);
        var before = action.content();
        action.edit(content, now());
        actions.saveAndFlush(action);
        audit.record("forum-action.changed", SESSION, id(action.getSessionId()), Changes.between(before, content));
        return new ActionRow(action.getId(), action.getVersion(), action.content());
    }

    @Transactional
    public void deleteAction(long actionId, long expectedVersion) {
        var action = actions.findById(actionId).orElseThrow(() -> Refusal.of("refusal.forum.action.gone"));
        guard.session(action.getSessionId());
        checkVersion(action.getVersion(), expectedVersion, actionId);
        actions.delete(action);
        audit.record("forum-action.deleted", SESSION, id(action.getSessionId()), "“" + action.content().did() + "”");
    }

    /** The published actions of these sessions, oldest first: what the public pages show. */
    public List<PublishedAction> published(Collection<Long> sessionIds) {
        return actions.findBySessionIdInOrderByCreatedAtAsc(sessionIds).stream().filter(ForumAction::isPublished)
                .map(a -> new PublishedAction(a.getSessionId(), a.content())).toList();
    }

    /** A session's feedback, newest first, with the name of whoever did not give it anonymously. */
    public List<FeedbackRow> feedback(long sessionId) {
        guard.session(sessionId);
        var names = admin.registrations(sessionId).stream()
                .collect(Collectors.toMap(RegistrationRow::id, RegistrationRow::name));
        return feedback.findBySessionIdOrderByCreatedAtDesc(sessionId).stream()
                .map(f -> new FeedbackRow(f.getBody(),
                        f.getRegistrationId() == null ? null : names.get(f.getRegistrationId()), f.getCreatedAt()))
                .toList();
    }

    /** Feedback after the session; anonymous feedback keeps no link to the person. Problems as message keys. */
    @Transactional
    public Map<String, String> giveFeedback(String token, String body, boolean anonymous) {
        var person = signUps.attendee(token).orElse(null);
        if (person == null) {
            return Map.of("body", "forum.feedback.closed");
        }
        var text = body.strip();
        if (text.isEmpty()) {
            return Map.of("body", "forum.feedback.required");
        }
        if (text.length() > Feedback.BODY_MAX) {
            return Map.of("body", "forum.feedback.too-long");
        }
        feedback.save(new Feedback(person.sessionId(), anonymous ? null : person.id(), text, now()));
        return Map.of();
    }

    /** Refuses content the form should not have let through, naming the field but not in the validator's English. */
    private void validate(Object content) {
        validator.validate(content).stream().map(ConstraintViolation::getPropertyPath).map(Object::toString)
                .sorted().findFirst().ifPresent(field -> {
                    throw Refusal.about(field, "refusal.invalid");
                });
    }

    private static void checkVersion(long actual, long expected, long id) {
        if (actual != expected) {
            throw new ObjectOptimisticLockingFailureException(ForumAction.class, id);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String id(long id) {
        return String.valueOf(id);
    }
}
