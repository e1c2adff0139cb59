package org.neighbourhood.neighbourhoods;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;
import org.neighbourhood.base.Changes;
import org.neighbourhood.base.ContentChanges;
import org.neighbourhood.base.EmailAddresses;
import org.neighbourhood.base.ReadCache;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.security.AuditLog;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Finding a neighbourhood and reading what the public may see of it. */
@Service
@Transactional(readOnly = true)
public class NeighbourhoodService {

    private static final Pattern LANGUAGE_TAG = Pattern.compile("[a-z]{2,3}");

    private final NeighbourhoodRepository neighbourhoods;
    private final NeighbourhoodLocator locator;
    private final AuditLog audit;
    private final Clock clock;
    private final ReadCache<String, Optional<NeighbourhoodDetails>> bySlug;
    private final ReadCache<Boolean, List<NeighbourhoodSummary>> all;

    NeighbourhoodService(NeighbourhoodRepository neighbourhoods, NeighbourhoodLocator locator, AuditLog audit,
            Clock clock, ContentChanges changes, PlatformTransactionManager transactions) {
        this.bySlug = new ReadCache<>(changes, transactions, 2_000);
        this.all = new ReadCache<>(changes, transactions, 1);
        this.neighbourhoods = neighbourhoods;
        this.locator = locator;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A neighbourhood's public description and the team's contact details, as an administrator edits them: the
     * description by language tag such as {@code en}, optional in each (blank ones are left out).
     */
    public record Contact(Map<String, NeighbourhoodText> texts, @Nullable String email, @Nullable String phone,
            List<Neighbourhood.Link> links) {

        public Contact {
            texts = NeighbourhoodText.written(texts);
            links = List.copyOf(links);
        }

        /** The description in one language, or null where it is not written. */
        public @Nullable String summary(String language) {
            var text = texts.get(language);
            return text == null ? null : text.summary();
        }

        /** The same details with the description in one language replaced; a blank or null one removes it. */
        public Contact withSummary(String language, @Nullable String summary) {
            var changed = new HashMap<>(texts);
            changed.put(language, new NeighbourhoodText(summary));
            return new Contact(changed, email, phone, links);
        }
    }

    /**
     * A neighbourhood's contact details as an administrator opens them, with the version they were read at: the
     * editor sends that version back with {@link #updateContact}, so that a change another administrator saved
     * meanwhile is never overwritten unseen. Read together, in one transaction, so the version always belongs
     * to the details shown.
     */
    public record EditableContact(long id, long version, String name, Contact contact) {
    }

    @PreAuthorize("hasRole('ADMIN')")
    public EditableContact editableContact(long id) {
        return editable(neighbourhoods.findById(id)
                .orElseThrow(() -> new IllegalArgumentException("No such neighbourhood")));
    }

    /**
     * Saves the contact details and returns them with their new version, to send back with the next save.
     *
     * @throws ObjectOptimisticLockingFailureException when someone else changed them since {@code expectedVersion}
     */
    @Transactional
    @PreAuthorize("hasRole('ADMIN')")
    public EditableContact updateContact(long id, long expectedVersion, Contact contact) {
        var neighbourhood = neighbourhoods.findById(id).orElseThrow(() -> new IllegalArgumentException("No such neighbourhood"));
        if (neighbourhood.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Neighbourhood.class, id);
        }
        if (contact.email() != null && !EmailAddresses.isValid(contact.email())) {
            throw Refusal.about("email", "refusal.email.invalid");
        }
        if (contact.links().stream().anyMatch(link -> !link.url().startsWith("https://"))) {
            throw Refusal.about("links", "refusal.link.not-https");
        }
        if (contact.texts().keySet().stream().anyMatch(language -> !LANGUAGE_TAG.matcher(language).matches())) {
            throw Refusal.about("texts", "refusal.invalid");
        }
        if (contact.texts().values().stream().anyMatch(text -> text.summary() != null
                && text.summary().length() > Neighbourhood.SUMMARY_MAX)) {
            throw Refusal.about("texts", "refusal.summary.too-long", Neighbourhood.SUMMARY_MAX);
        }
        var before = contactOf(neighbourhood);
        var now = clock.instant();
        neighbourhood.describe(contact.texts(), now);
        neighbourhood.setContact(contact.email(), contact.phone(), contact.links(), now);
        neighbourhoods.saveAndFlush(neighbourhood);
        audit.record("neighbourhood.changed", "neighbourhood", neighbourhood.getSlug(),
                Changes.between(before, contact));
        return editable(neighbourhood);
    }

    private static EditableContact editable(Neighbourhood n) {
        return new EditableContact(Objects.requireNonNull(n.getId()), n.getVersion(), n.getName(), contactOf(n));
    }

    private static Contact contactOf(Neighbourhood n) {
        return new Contact(n.getTexts(), n.getEmail(), n.getPhone(), n.getLinks());
    }

    /**
     * A neighbourhood's public page as read for visitors, kept in memory until content changes ({@link ReadCache}):
     * no transaction of its own, so that a visit that finds it kept does not touch the database.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<NeighbourhoodDetails> findBySlug(String slug) {
        return bySlug.get(slug, wanted -> neighbourhoods.findBySlug(wanted).map(NeighbourhoodService::details));
    }

    /** Every neighbourhood by name, as the public pages' filters list them: kept as {@link #findBySlug} is. */
    @Transactional(propagation = Propagation.SUPPORTS)
    public List<NeighbourhoodSummary> findAll() {
        return all.get(Boolean.TRUE,
                every -> neighbourhoods.findAllByOrderByNameAsc().stream().map(NeighbourhoodSummary::of).toList());
    }

    public List<NeighbourhoodSummary> findBySlugs(java.util.Collection<String> slugs) {
        return neighbourhoods.findBySlugIn(slugs).stream().map(NeighbourhoodSummary::of).toList();
    }

    public List<NeighbourhoodSummary> findByIds(java.util.Collection<Long> ids) {
        return neighbourhoods.findAllById(ids).stream().map(NeighbourhoodSummary::of).toList();
    }

    /** Finds the neighbourhood for what a person typed: a full postcode or an outward code. */
    public LocateResult findByPostcode(String input) {
        if (input.strip().length() > Postcode.MAX_INPUT_LENGTH) {
            return new LocateResult.TooLong(input, Postcode.MAX_INPUT_LENGTH);
        }
        var parsed = Postcode.parse(input.strip());
        if (parsed.isEmpty()) {
            return new LocateResult.NotAPostcode(input);
        }
        var postcode = parsed.get();
        var index = locator.index();
        if (postcode.isFull()) {
            var exact = index.byFullPostcode(postcode);
            if (exact.length > 0) {
                return foundOrChoice(postcode, exact, true);
            }
            var covering = index.byOutwardCode(postcode.outward());
            if (covering.length > 0) {
                return foundOrChoice(postcode, covering, true);
            }
            var nearby = index.withinOutwardCode(postcode.outward());
            return nearby.length == 0
                    ? new LocateResult.NotCovered(postcode)
                    : new LocateResult.Choice(postcode, summaries(nearby), false);
        }
        var within = index.withinOutwardCode(postcode.outward());
        return within.length == 0 ? new LocateResult.NotCovered(postcode) : foundOrChoice(postcode, within, true);
    }

    /** Finds the neighbourhood whose boundary holds a point given in WGS 84 degrees. */
    public LocateResult findByLocation(double latitude, double longitude) {
        if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
            return new LocateResult.OutsideArea(latitude, longitude);
        }
        long id = locator.index().locate(latitude, longitude);
        if (id < 0) {
            return new LocateResult.OutsideArea(latitude, longitude);
        }
        return neighbourhoods.findById(id)
                .<LocateResult>map(n -> new LocateResult.Found(NeighbourhoodSummary.of(n)))
                .orElseGet(() -> new LocateResult.OutsideArea(latitude, longitude));
    }

    private LocateResult foundOrChoice(Postcode postcode, long[] ids, boolean exact) {
        var found = summaries(ids);
        if (found.isEmpty()) {
            return new LocateResult.NotCovered(postcode);
        }
        return found.size() == 1 ? new LocateResult.Found(found.getFirst())
                : new LocateResult.Choice(postcode, found, exact);
    }

    private List<NeighbourhoodSummary> summaries(long[] ids) {
        var wanted = Arrays.stream(ids).boxed().toList();
        Map<Long, Neighbourhood> byId = neighbourhoods.findAllById(wanted).stream()
                .collect(Collectors.toMap(n -> Objects.requireNonNull(n.getId()), Function.identity()));
        return wanted.stream().map(byId::get).filter(Objects::nonNull).map(NeighbourhoodSummary::of).toList();
    }

    static NeighbourhoodDetails details(Neighbourhood n) {
        return new NeighbourhoodDetails(Objects.requireNonNull(n.getId()), n.getSlug(), n.getName(),
                n.getTexts(), n.getEmail(), n.getPhone(), n.getLinks(), boundaryOf(n), n.getUpdatedAt());
    }

    private static @Nullable Geometry boundaryOf(Neighbourhood n) {
        var wkt = n.getBoundaryWkt();
        if (wkt == null) {
            return null;
        }
        try {
            return new WKTReader().read(wkt);
        } catch (ParseException e) {
            return null;
        }
    }
}
