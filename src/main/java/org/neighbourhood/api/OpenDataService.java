package org.neighbourhood.api;

import static java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.neighbourhood.base.Brand;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Messages;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.Zones;
import org.neighbourhood.events.EventFormat;
import org.neighbourhood.events.EventService;
import org.neighbourhood.feedback.FeedbackFigures;
import org.neighbourhood.forums.series.SeriesCatalog;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.series.SessionText;
import org.neighbourhood.neighbourhoods.LocateResult;
import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.officers.OfficerService;
import org.neighbourhood.officers.Rank;
import org.neighbourhood.priorities.PriorityService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * The API's answers, made from what the public may see (published and due) through the features' own public reads,
 * in one language. An empty answer means the force or neighbourhood is not known here.
 */
@Service
@Transactional(readOnly = true)
public class OpenDataService {

    /** data.police.uk's date format: UK local time, no offset. */
    static final DateTimeFormatter POLICE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss", Locale.ROOT);

    /** The ranks a force lists as its senior officers. */
    static final Set<Rank> SENIOR = Set.of(Rank.CHIEF_INSPECTOR, Rank.INSPECTOR);

    /** The period of a team's feedback figures. */
    static final int FEEDBACK_DAYS = 90;

    private static final int EVENTS_MAX = 200;
    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\R\\s*\\R");

    private final Brand brand;
    private final PublicAddress address;
    private final ContentLanguages languages;
    private final Languages uiLanguages;
    private final Messages messages;
    private final NeighbourhoodService neighbourhoods;
    private final OfficerService officers;
    private final PriorityService priorities;
    private final EventService events;
    private final SeriesCatalog forums;
    private final FeedbackFigures feedback;

    OpenDataService(Brand brand, PublicAddress address, ContentLanguages languages, Languages uiLanguages,
            Messages messages,
            NeighbourhoodService neighbourhoods, OfficerService officers, PriorityService priorities,
            EventService events, SeriesCatalog forums, FeedbackFigures feedback) {
        this.brand = brand;
        this.address = address;
        this.languages = languages;
        this.uiLanguages = uiLanguages;
        this.messages = messages;
        this.neighbourhoods = neighbourhoods;
        this.officers = officers;
        this.priorities = priorities;
        this.events = events;
        this.forums = forums;
        this.feedback = feedback;
    }

    /**
     * The language a request asks for in its {@code Accept-Language} header, as the feeds read it; the first content
     * language when it asks for none the portal speaks, or says nothing that can be read.
     */
    public Locale language(@Nullable String acceptLanguage) {
        return uiLanguages.requested(null, acceptLanguage).orElseGet(languages::first);
    }

    public boolean isForce(String force) {
        return brand.forceId().equals(force);
    }

    public List<PoliceShapes.Named> forces() {
        return List.of(new PoliceShapes.Named(brand.forceId(), brand.forceName()));
    }

    public Optional<PoliceShapes.Force> force(String force, Locale language) {
        if (!isForce(force)) {
            return Optional.empty();
        }
        var base = address.base();
        var methods = List.of(
                new PoliceShapes.EngagementMethod(base + "/", "web", null,
                        messages.get("api.engagement.portal", language)),
                new PoliceShapes.EngagementMethod(base + "/forums", "forum", null,
                        messages.get("api.engagement.forums", language)),
                new PoliceShapes.EngagementMethod("mailto:" + brand.contactEmail(), "email", null,
                        messages.get("api.engagement.email", language)));
        return Optional.of(new PoliceShapes.Force(
                paragraphs(messages.get("api.force.description", language, brand.forceName())), base + "/", methods,
                brand.contactPhone(), brand.forceId(), brand.forceName()));
    }

    /** The force's senior officers, most senior first; the same people with the same keys as a team's. */
    public Optional<List<PoliceShapes.Person>> seniorOfficers(String force, Locale language) {
        if (!isForce(force)) {
            return Optional.empty();
        }
        return Optional.of(officers.findByRanks(SENIOR).stream()
                .map(officer -> person(officer.name(), officer.rank(),
                        officer.bioFor(language, languages).map(bio -> bio.text()).orElse(null), language))
                .toList());
    }

    public Optional<List<PoliceShapes.Named>> neighbourhoods(String force) {
        if (!isForce(force)) {
            return Optional.empty();
        }
        return Optional.of(neighbourhoods.findAll().stream()
                .sorted(Comparator.comparing(n -> n.name().toLowerCase(Locale.ROOT)))
                .map(n -> new PoliceShapes.Named(n.slug(), n.name()))
                .toList());
    }

    public Optional<PoliceShapes.Neighbourhood> neighbourhood(String force, String id, Locale language) {
        return details(force, id).map(n -> new PoliceShapes.Neighbourhood(
                address.base() + "/neighbourhoods/" + n.slug(),
                contact(n),
                n.name(),
                n.links().stream().map(link -> new PoliceShapes.Link(link.url(), null, link.label())).toList(),
                centre(n.boundary()),
                List.of(),
                n.summaryFor(language, languages).map(summary -> paragraphs(summary.text())).orElse(null),
                n.slug(),
                "0"));
    }

    /** The outline as one closed ring of points, its first point repeated last; empty when none is drawn. */
    public Optional<List<PoliceShapes.Point>> boundary(String force, String id) {
        return details(force, id).map(n -> outline(n.boundary()));
    }

    public Optional<List<PoliceShapes.Person>> team(String force, String id, Locale language) {
        return details(force, id).map(n -> officers.findTeam(n.id()).stream()
                .map(card -> person(card.name(), card.rank(), officers.findBySlug(card.slug())
                        .flatMap(profile -> profile.bioFor(language, languages)).map(bio -> bio.text())
                        .orElse(null), language))
                .toList());
    }

    public Optional<List<PoliceShapes.Event>> events(String force, String id, Locale language) {
        return details(force, id).map(n -> events.upcoming(new EventService.Filter(n.id(), null, null), language,
                        EVENTS_MAX).stream()
                .map(e -> new PoliceShapes.Event(contact(n),
                        e.description() == null ? null : paragraphs(e.description()),
                        e.title(),
                        venue(e.venueName(), e.venueAddress(), e.format() != EventFormat.ONLINE, language),
                        e.type().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        policeTime(e.startsAt()), policeTime(e.endsAt())))
                .toList());
    }

    public Optional<List<PoliceShapes.Priority>> priorities(String force, String id, Locale language) {
        return details(force, id).map(n -> priorities.publishedFor(n.id(), language).stream()
                .map(p -> new PoliceShapes.Priority(
                        p.action() == null ? null : paragraphs(p.action()),
                        policeDate(p.issueDate()),
                        p.action() == null || p.actionDate() == null ? null : policeDate(p.actionDate()),
                        paragraphs(p.issue())))
                .toList());
    }

    /** The neighbourhood whose boundary holds the point, in WGS 84 degrees; empty when none does. */
    public Optional<PoliceShapes.Located> locate(double latitude, double longitude) {
        return neighbourhoods.findByLocation(latitude, longitude) instanceof LocateResult.Found found
                ? Optional.of(new PoliceShapes.Located(brand.forceId(), found.neighbourhood().slug()))
                : Optional.empty();
    }

    public List<OwnShapes.Language> contentLanguages() {
        return languages.all().stream()
                .map(l -> new OwnShapes.Language(l.toLanguageTag(), capitalised(l.getDisplayLanguage(l), l),
                        l.equals(languages.first())))
                .toList();
    }

    public Optional<List<OwnShapes.Priority>> prioritiesWithStatus(String force, String id, Locale language) {
        return details(force, id).map(n -> priorities.publishedFor(n.id(), language).stream()
                .map(p -> new OwnShapes.Priority(p.id(), p.issue(), p.issueDate().toString(), p.action(),
                        p.action() == null || p.actionDate() == null ? null : p.actionDate().toString(),
                        p.status().name(), p.language().toLanguageTag()))
                .toList());
    }

    public Optional<List<OwnShapes.TeamMember>> teamWithPages(String force, String id, Locale language) {
        var base = address.base();
        return details(force, id).map(n -> officers.findTeam(n.id()).stream()
                .map(card -> new OwnShapes.TeamMember(card.slug(), card.name(), card.rank().name(),
                        messages.get("rank." + card.rank().name(), language),
                        card.roleFor(language).map(role -> role.text()).orElse(null),
                        base + "/officers/" + card.slug(),
                        card.photoUrl() == null ? null : absolute(card.photoUrl()),
                        card.photoAlt()))
                .toList());
    }

    /** Every published forum series with its published sessions still to come or under way. */
    public Optional<List<OwnShapes.ForumSeries>> forums(String force, Locale language, Instant now) {
        if (!isForce(force)) {
            return Optional.empty();
        }
        var base = address.base();
        return Optional.of(forums.publishedSeries().stream().map(series -> {
            var text = languages.pick(series.content().texts(), language, SeriesText::isWritten);
            var sessions = forums.publishedSessions(series.id()).stream()
                    .filter(session -> session.endsAt().isAfter(now))
                    .sorted(Comparator.comparing(SessionFacts::startsAt))
                    .map(session -> session(session, language, base))
                    .toList();
            return new OwnShapes.ForumSeries(series.slug(),
                    text.map(t -> Objects.requireNonNullElse(t.text().name(), series.slug())).orElse(series.slug()),
                    text.map(t -> t.text().summary()).orElse(null),
                    text.map(t -> t.language().toLanguageTag()).orElse(languages.first().toLanguageTag()),
                    base + "/forums/" + series.slug(), sessions);
        }).toList());
    }

    /** The team's answers to feedback over the {@value #FEEDBACK_DAYS} London days up to and including today. */
    public Optional<OwnShapes.FeedbackFigures> feedback(String force, String id, LocalDate today) {
        var from = today.minusDays(FEEDBACK_DAYS - 1);
        return details(force, id).map(n -> {
            var figures = feedback.publicFigures(n.id(), from, today.plusDays(1));
            var concerns = new java.util.TreeMap<String, Long>();
            figures.concernsVoiced().forEach((kind, count) -> concerns.put(kind.name(), count));
            return new OwnShapes.FeedbackFigures(from.toString(), today.toString(), figures.received(),
                    figures.answered(), figures.answeredWithinTarget(), figures.decided(),
                    figures.shareWithinTarget() == null ? null
                            : Math.round(figures.shareWithinTarget() * 1000) / 1000.0,
                    figures.medianFirstAnswer() == null ? null : figures.medianFirstAnswer().toString(),
                    figures.escalations(), concerns);
        });
    }

    private OwnShapes.ForumSession session(SessionFacts session, Locale language, String base) {
        var content = session.content();
        var text = languages.pick(content.texts(), language, SessionText::isWritten);
        boolean hidden = session.listeningCircle();
        var venue = hidden || !content.format().hasVenue() ? null
                : joined(content.venueName(), content.venueAddress());
        return new OwnShapes.ForumSession(session.slug(),
                text.map(t -> Objects.requireNonNullElse(t.text().title(), session.slug())).orElse(session.slug()),
                ISO_OFFSET_DATE_TIME.format(session.startsAt().atZone(Zones.LONDON)),
                ISO_OFFSET_DATE_TIME.format(session.endsAt().atZone(Zones.LONDON)),
                content.format().name(), hidden, venue,
                hidden || !content.format().isOnline() ? null : content.onlineUrl(),
                text.map(t -> t.language().toLanguageTag()).orElse(languages.first().toLanguageTag()),
                base + "/forums/" + session.seriesSlug() + "/" + session.slug());
    }

    private Optional<NeighbourhoodDetails> details(String force, String id) {
        return isForce(force) ? neighbourhoods.findBySlug(id) : Optional.empty();
    }

    private PoliceShapes.Person person(String name, Rank rank, @Nullable String bio, Locale language) {
        return new PoliceShapes.Person(bio == null ? null : paragraphs(bio), Map.of(), name,
                messages.get("rank." + rank.name(), language));
    }

    /** The documented contact keys that have a value, and no others. */
    private static Map<String, String> contact(NeighbourhoodDetails n) {
        var contact = new LinkedHashMap<String, String>();
        if (n.email() != null && !n.email().isBlank()) {
            contact.put("email", n.email());
        }
        if (n.phone() != null && !n.phone().isBlank()) {
            contact.put("telephone", n.phone());
        }
        return contact;
    }

    private String venue(@Nullable String name, @Nullable String place, boolean hasVenue, Locale language) {
        var venue = hasVenue ? joined(name, place) : null;
        return venue != null ? venue : messages.get("api.event.online", language);
    }

    private static @Nullable String joined(@Nullable String first, @Nullable String second) {
        var parts = Stream.of(first, second).filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private String absolute(String path) {
        return path.startsWith("http") ? path : address.base() + (path.startsWith("/") ? "" : "/") + path;
    }

    /** Plain text as the HTML paragraphs the original gives, escaped, so that a client showing it as HTML is safe. */
    static String paragraphs(String text) {
        return PARAGRAPH_BREAK.splitAsStream(text.strip())
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(p -> "<p>" + HtmlUtils.htmlEscape(p, "UTF-8").replaceAll("\\R", "<br>") + "</p>")
                .collect(Collectors.joining());
    }

    static String policeTime(Instant instant) {
        return POLICE_TIME.format(instant.atZone(Zones.LONDON));
    }

    static String policeDate(LocalDate date) {
        return POLICE_TIME.format(date.atStartOfDay());
    }

    private static PoliceShapes.Point centre(@Nullable Geometry boundary) {
        if (boundary == null || boundary.isEmpty()) {
            return new PoliceShapes.Point(null, null);
        }
        var centroid = boundary.getCentroid();
        var point = boundary.contains(centroid) ? centroid : boundary.getInteriorPoint();
        return new PoliceShapes.Point(degrees(point.getY(), 6), degrees(point.getX(), 6));
    }

    private static List<PoliceShapes.Point> outline(@Nullable Geometry boundary) {
        if (boundary == null || boundary.isEmpty()) {
            return List.of();
        }
        // A neighbourhood in several parts is given by its largest, as the original gives one ring.
        Polygon largest = null;
        for (int i = 0; i < boundary.getNumGeometries(); i++) {
            if (boundary.getGeometryN(i) instanceof Polygon polygon
                    && (largest == null || polygon.getArea() > largest.getArea())) {
                largest = polygon;
            }
        }
        if (largest == null) {
            return List.of();
        }
        var points = new ArrayList<PoliceShapes.Point>();
        for (Coordinate c : largest.getExteriorRing().getCoordinates()) {
            points.add(new PoliceShapes.Point(degrees(c.y, 10), degrees(c.x, 10)));
        }
        return points;
    }

    private static String degrees(double value, int places) {
        return BigDecimal.valueOf(value).setScale(places, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    private static String capitalised(String name, Locale locale) {
        return name.isEmpty() ? name : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }
}
