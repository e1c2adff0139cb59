package org.neighbourhood.events;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Publication;
import org.neighbourhood.base.PublicationState;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.content.CalendarEvent;
import org.neighbourhood.base.content.CalendarWriter;
import org.neighbourhood.security.AuditEntry;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.ContentSteps;
import org.neighbourhood.security.Permissions;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Events: the public sees what is published, due and not yet over; teams write, publish, schedule and
 * unpublish, each change checked, versioned and audited like priorities.
 */
@Service
@Transactional(readOnly = true)
public class EventService {

    static final String SUBJECT = "event";

    private final EventRepository events;
    private final Permissions permissions;
    private final ContentSteps<Event> steps;
    private final Validator validator;
    private final CalendarWriter calendars;

    EventService(EventRepository events, Permissions permissions, AuditLog audit, Validator validator,
            CalendarWriter calendars, Clock clock) {
        this.events = events;
        this.permissions = permissions;
        this.steps = new ContentSteps<>(SUBJECT, Event.class, permissions, audit, clock);
        this.validator = validator;
        this.calendars = calendars;
    }

    /** An event as the public sees it, in the visitor's language where there is a translation. */
    public record PublicEvent(String slug, long neighbourhoodId, EventType type, EventFormat format, String title,
            @Nullable String description, @Nullable String venueName, @Nullable String venueAddress,
            @Nullable String accessibilityNotes, @Nullable String onlineUrl, Instant startsAt, Instant endsAt,
            boolean inRequestedLanguage, Instant updatedAt) {
    }

    public record EditableEvent(long id, long version, String slug, long neighbourhoodId, EventContent content,
            Publication publication, @Nullable Instant publishAt, boolean live) implements PublicationState {
    }

    /** Which upcoming events to list; a null part means any. */
    public record Filter(@Nullable Long neighbourhoodId, @Nullable EventType type, @Nullable EventFormat format) {
        public static final Filter ALL = new Filter(null, null, null);
    }

    public List<PublicEvent> upcoming(Filter filter, Locale locale, int limit) {
        return events.findPublicUpcoming(steps.now()).stream()
                .filter(e -> filter.neighbourhoodId() == null || e.getNeighbourhoodId() == filter.neighbourhoodId())
                .filter(e -> filter.type() == null || e.content().type() == filter.type())
                .filter(e -> filter.format() == null || e.content().format() == filter.format())
                .limit(limit)
                .map(e -> toPublic(e, locale))
                .toList();
    }

    public Optional<PublicEvent> findPublic(String slug, Locale locale) {
        return events.findBySlug(slug).filter(e -> e.getLifecycle().isPublicAt(steps.now()))
                .map(e -> toPublic(e, locale));
    }

    /** An iCalendar file with the one event, for "Add to calendar"; empty unless the event is public. */
    public Optional<String> calendarFile(String slug, URI page) {
        return findPublic(slug, Locale.ENGLISH).map(e -> calendars.write(e.title(), List.of(new CalendarEvent(
                e.slug() + "@neighbourhood", e.title(), Objects.requireNonNullElse(e.description(), ""),
                e.startsAt().atZone(Zones.LONDON), e.endsAt().atZone(Zones.LONDON), location(e), page, e.updatedAt()))));
    }

    private static String location(PublicEvent e) {
        var parts = new java.util.ArrayList<String>();
        if (e.venueName() != null) {
            parts.add(e.venueName());
        }
        if (e.venueAddress() != null) {
            parts.add(e.venueAddress());
        }
        if (e.onlineUrl() != null) {
            parts.add(e.onlineUrl());
        }
        return String.join(", ", parts);
    }

    public PublicEvent preview(EventContent content, Locale locale) {
        var event = new Event(0, "preview", steps.now());
        event.edit(content, steps.now(), null);
        return toPublic(event, locale);
    }

    private static PublicEvent toPublic(Event event, Locale locale) {
        var c = event.content();
        boolean polish = "pl".equals(locale.getLanguage());
        boolean translated = polish && c.titlePl() != null && !c.titlePl().isBlank();
        var description = translated && c.descriptionPl() != null && !c.descriptionPl().isBlank()
                ? c.descriptionPl() : c.description();
        return new PublicEvent(event.getSlug(), event.getNeighbourhoodId(), c.type(), c.format(),
                Objects.requireNonNull(translated ? c.titlePl() : c.title()), description, c.venueName(),
                c.venueAddress(), c.accessibilityNotes(), c.onlineUrl(), c.startsAt(), c.endsAt(),
                !polish || translated, event.getLifecycle().updatedAt());
    }

    public List<EditableEvent> editable() {
        var editable = permissions.editableNeighbourhoods();
        var found = editable.all() ? events.findAllByOrderByStartsAtDesc()
                : events.findByNeighbourhoodIdInOrderByStartsAtDesc(editable.neighbourhoodIds());
        return found.stream().map(this::editable).toList();
    }

    public List<AuditEntry> history(long id) {
        return steps.history(events.findById(id), id);
    }

    /** Saves a new event as a draft, with an address made from its title and date. */
    @Transactional
    public EditableEvent create(long neighbourhoodId, EventContent content) {
        steps.requireCanEdit(neighbourhoodId);
        validate(content);
        var event = new Event(neighbourhoodId, uniqueSlug(content), steps.now());
        event.edit(content, steps.now(), steps.actor());
        events.saveAndFlush(event);
        steps.created(event, content.title());
        return editable(event);
    }

    @Transactional
    public EditableEvent update(long id, long expectedVersion, EventContent content) {
        var event = load(id, expectedVersion);
        validate(content);
        var before = event.content();
        event.edit(content, steps.now(), steps.actor());
        events.saveAndFlush(event);
        steps.changed(event, before, content);
        return editable(event);
    }

    @Transactional
    public EditableEvent publish(long id, long expectedVersion, @Nullable Instant at) {
        var event = load(id, expectedVersion);
        steps.publish(event, at, events::saveAndFlush);
        return editable(event);
    }

    @Transactional
    public EditableEvent unpublish(long id, long expectedVersion) {
        var event = load(id, expectedVersion);
        steps.unpublish(event, events::saveAndFlush);
        return editable(event);
    }

    @Transactional
    public void delete(long id, long expectedVersion) {
        var event = load(id, expectedVersion);
        steps.delete(event, event.content().title(), events::delete);
    }

    private Event load(long id, long expectedVersion) {
        return steps.load(events.findById(id), id, expectedVersion);
    }

    private String uniqueSlug(EventContent content) {
        return Slugs.unique(content.title() + " " + content.startsAt().atZone(Zones.LONDON).toLocalDate(),
                events::existsBySlug);
    }

    private void validate(EventContent content) {
        var violations = validator.validate(content);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    private EditableEvent editable(Event e) {
        var lifecycle = e.getLifecycle();
        return new EditableEvent(Objects.requireNonNull(e.getId()), e.getVersion(), e.getSlug(),
                e.getNeighbourhoodId(), e.content(), lifecycle.publication(), lifecycle.publishAt(),
                lifecycle.isPublicAt(steps.now()));
    }
}
