package org.neighbourhood.officers;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Changes;
import org.neighbourhood.base.ContentChanges;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.ReadCache;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.base.content.PhotoProcessor;
import org.neighbourhood.base.content.ProcessedPhoto;
import org.neighbourhood.base.content.RefusedPhoto;
import org.neighbourhood.neighbourhoods.Neighbourhood;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.security.AuditEntry;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.LinkableOfficers;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.Permissions.Editable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Officers' public profiles: read by everyone, added by an administrator or the demo loader, and edited in the
 * back office. An officer may be edited by whoever may edit at least one of the neighbourhoods the officer
 * serves; an officer whose account is linked to their profile may edit their own story, languages and photo,
 * but not the role and team their force gives them. Every change refuses a stale version and is audited with
 * the values before and after.
 */
@Service
@Transactional(readOnly = true)
public class OfficerService implements LinkableOfficers {

    static final String PHOTO_PATH = "media/officers/";
    static final String SUBJECT = "officer";

    /** How much of a profile the signed-in user may change. */
    private enum Access {
        /** A team editor or an administrator: everything the back office edits. */
        WHOLE_PROFILE,
        /** The officer themself: their story in every language, their languages and their photo. */
        OWN_PROFILE
    }

    private static final Comparator<Officer> TEAM_ORDER = Comparator.comparing(Officer::getRank)
            .thenComparing(Officer::getName);

    private final OfficerRepository officers;
    private final OfficerPhotoRepository photos;
    private final NeighbourhoodService neighbourhoods;
    private final EntityManager entityManager;
    private final Permissions permissions;
    private final AuditLog audit;
    private final Validator validator;
    private final PhotoProcessor photoProcessor;
    private final ContentLanguages contentLanguages;
    private final Clock clock;
    private final ReadCache<String, Optional<OfficerProfile>> bySlug;
    private final ReadCache<String, Optional<Photo>> photoBySlug;

    OfficerService(OfficerRepository officers, OfficerPhotoRepository photos, NeighbourhoodService neighbourhoods,
            EntityManager entityManager, Permissions permissions, AuditLog audit, Validator validator,
            PhotoProcessor photoProcessor, ContentLanguages contentLanguages, Clock clock, ContentChanges changes,
            PlatformTransactionManager transactions) {
        this.bySlug = new ReadCache<>(changes, transactions, 2_000);
        // A portrait is at most 800 pixels a side, a JPEG of ~100–150 kB: a hundred kept is ~15 MB at most.
        this.photoBySlug = new ReadCache<>(changes, transactions, 100);
        this.officers = officers;
        this.photos = photos;
        this.neighbourhoods = neighbourhoods;
        this.entityManager = entityManager;
        this.permissions = permissions;
        this.audit = audit;
        this.validator = validator;
        this.photoProcessor = photoProcessor;
        this.contentLanguages = contentLanguages;
        this.clock = clock;
    }

    /** The alternative text a new photo must come with. */
    record PhotoDescription(@NotBlank @Size(max = Officer.PHOTO_ALT_MAX) String altText) {
    }

    /** An officer's public profile, kept in memory until content changes ({@link ReadCache}). */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<OfficerProfile> findBySlug(String slug) {
        return bySlug.get(slug, wanted -> officers.findBySlug(wanted).map(this::profile));
    }

    /** The officers who serve a neighbourhood, most senior first. */
    public List<OfficerCard> findTeam(long neighbourhoodId) {
        return officers.findByNeighbourhood(neighbourhoodId).stream()
                .sorted(TEAM_ORDER)
                .map(this::card)
                .toList();
    }

    /** The public profiles of every officer holding one of these ranks, such as a force's senior officers. */
    public List<OfficerProfile> findByRanks(Set<Rank> ranks) {
        return officers.findAllByOrderByNameAsc().stream()
                .filter(officer -> ranks.contains(officer.getRank()))
                .sorted(TEAM_ORDER)
                .map(this::profile)
                .toList();
    }

    /** The ids of the neighbourhood's officers who hold one of these ranks, such as its sergeants and inspectors. */
    public List<Long> idsByRank(long neighbourhoodId, Set<Rank> ranks) {
        return officers.findByNeighbourhood(neighbourhoodId).stream()
                .filter(officer -> ranks.contains(officer.getRank()))
                .sorted(TEAM_ORDER)
                .map(officer -> Objects.requireNonNull(officer.getId()))
                .toList();
    }

    /**
     * An officer's photo, kept in memory until content changes ({@link ReadCache}): a neighbourhood page in a surge
     * shows its team's photos to every visitor, and the first of them compete with the page's style sheets.
     */
    @Transactional(propagation = Propagation.SUPPORTS)
    public Optional<Photo> findPhoto(String slug) {
        return photoBySlug.get(slug, wanted -> officers.findBySlug(wanted)
                .flatMap(officer -> photos.findById(Objects.requireNonNull(officer.getId()))
                        .map(photo -> new Photo(photo.getContentType(), photo.getData(),
                                Objects.requireNonNullElse(officer.getPhotoAlt(), ""), photo.getUpdatedAt()))));
    }

    /**
     * Adds an officer; only an administrator (or the portal itself, loading demo data) may.
     *
     * @throws org.neighbourhood.base.Refusal {@code content.first-language.required} when the role is not written
     *         in the first configured language
     */
    @Transactional
    public OfficerProfile create(NewOfficer request) {
        if (!permissions.isAdmin()) {
            throw new AccessDeniedException("Only an administrator may add an officer");
        }
        contentLanguages.requireFirst(request.texts(), OfficerText::hasRole);
        var now = clock.instant();
        var slug = uniqueSlug(request.name());
        var officer = new Officer(slug, request.name(), request.rank(), request.teamName(), now);
        officer.write(request.texts(), now);
        officer.getLanguages().addAll(request.languages());
        for (var summary : neighbourhoods.findBySlugs(request.neighbourhoodSlugs())) {
            officer.getNeighbourhoods().add(entityManager.getReference(Neighbourhood.class, summary.id()));
        }
        if (request.photo() != null) {
            officer.setPhotoAlt(request.photo().alt(), now);
        }
        officers.save(officer);
        if (request.photo() != null) {
            photos.save(new OfficerPhoto(Objects.requireNonNull(officer.getId()), request.photo().contentType(),
                    request.photo().data(), now));
        }
        return profile(officer);
    }

    /**
     * The officers the signed-in user may edit, by name: all for an administrator, else those serving their areas,
     * and their own profile where their account is linked to one.
     */
    public List<EditableOfficer> editable() {
        var editable = permissions.editableNeighbourhoods();
        var linked = permissions.linkedOfficerId();
        var found = new ArrayList<Officer>();
        if (editable.all()) {
            found.addAll(officers.findAllByOrderByNameAsc());
        } else if (!editable.neighbourhoodIds().isEmpty()) {
            found.addAll(officers.findServingAnyOf(editable.neighbourhoodIds()));
        }
        linked.flatMap(officers::findById).filter(own -> !found.contains(own)).ifPresent(found::add);
        return found.stream().sorted(Comparator.comparing(Officer::getName))
                .map(officer -> editable(officer, access(officer, editable, linked).orElseThrow()))
                .toList();
    }

    public Optional<EditableOfficer> find(long id) {
        return officers.findById(id).map(officer -> editable(officer, requireCanEdit(officer)));
    }

    /** The profile of the officer the signed-in user's account is linked to, ready to edit; empty when none. */
    public Optional<EditableOfficer> ownProfile() {
        return permissions.linkedOfficerId().flatMap(officers::findById)
                .map(officer -> editable(officer, requireCanEdit(officer)));
    }

    /** Every officer by name, for an administrator linking an account to one. */
    @Override
    public List<LinkableOfficer> linkableOfficers() {
        return officers.findAllByOrderByNameAsc().stream()
                .map(officer -> new LinkableOfficer(Objects.requireNonNull(officer.getId()), titledName(officer)))
                .toList();
    }

    public List<AuditEntry> history(long id) {
        requireCanEdit(load(id));
        return audit.historyOf(SUBJECT, String.valueOf(id));
    }

    /**
     * Saves the back office's changes to a profile.
     *
     * @throws AccessDeniedException when the officer is not the signed-in user's to edit, or when an officer
     *         editing their own profile changes their role (in any language) or team
     * @throws org.neighbourhood.base.Refusal {@code content.first-language.required} when the role is not written
     *         in the first configured language
     */
    @Transactional
    public EditableOfficer update(long id, long expectedVersion, OfficerDetails details) {
        var officer = load(id);
        var access = requireCanEdit(officer);
        requireVersion(officer, expectedVersion);
        validate(details);
        contentLanguages.requireFirst(details.texts(), OfficerText::hasRole);
        var before = officer.details();
        if (access == Access.OWN_PROFILE && (!before.roles().equals(details.roles())
                || !before.teamName().equals(details.teamName()))) {
            throw new AccessDeniedException("Your role and team are changed by your team's editors");
        }
        officer.edit(details, now());
        officers.saveAndFlush(officer);
        audit.record("officer.changed", SUBJECT, idOf(officer), Changes.between(before, officer.details()));
        return editable(officer, access);
    }

    /**
     * Replaces the officer's photo with the upload made safe: checked for what it is, shrunk to a portrait and
     * encoded afresh without the upload's metadata. The photo's address changes with it, so no browser keeps the
     * old one.
     *
     * @throws PhotoRefusedException when the upload is not a usable image, saying why
     * @throws ConstraintViolationException when the alternative text is missing or too long
     */
    @Transactional
    public EditableOfficer replacePhoto(long id, long expectedVersion, byte[] upload, String filename,
            String altText) {
        var officer = load(id);
        var access = requireCanEdit(officer);
        requireVersion(officer, expectedVersion);
        var alt = altText.strip();
        var violations = validator.validate(new PhotoDescription(alt));
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        var processed = switch (photoProcessor.process(upload, filename, PhotoProcessor.PORTRAIT_EDGE)) {
            case RefusedPhoto refused -> throw new PhotoRefusedException(refused);
            case ProcessedPhoto photo -> photo;
        };
        var now = now();
        var before = officer.getPhotoAlt();
        officer.setPhotoAlt(alt, now);
        officers.saveAndFlush(officer);
        var officerId = Objects.requireNonNull(officer.getId());
        photos.findById(officerId).ifPresentOrElse(
                photo -> photo.replace(processed.contentType(), processed.bytes(), now),
                () -> photos.save(new OfficerPhoto(officerId, processed.contentType(), processed.bytes(), now)));
        audit.record("officer.photo-replaced", SUBJECT, idOf(officer), processed.contentType() + " "
                + processed.width() + "×" + processed.height() + "; alt: “" + before + "” → “" + alt + "”");
        return editable(officer, access);
    }

    private Officer load(long id) {
        return officers.findById(id).orElseThrow(() -> new IllegalArgumentException("No such officer"));
    }

    private static void requireVersion(Officer officer, long expectedVersion) {
        if (officer.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(Officer.class, officer.getId());
        }
    }

    private Access requireCanEdit(Officer officer) {
        return access(officer)
                .orElseThrow(() -> new AccessDeniedException("You may not change the profile of this officer"));
    }

    /**
     * An officer belongs to every team they serve in, so an editor of any one of those may edit them; an officer
     * linked to the signed-in account may edit their own profile.
     */
    private Optional<Access> access(Officer officer) {
        return access(officer, permissions.editableNeighbourhoods(), permissions.linkedOfficerId());
    }

    private static Optional<Access> access(Officer officer, Editable editable, Optional<Long> linkedOfficerId) {
        if (editable.all() || officer.getNeighbourhoods().stream()
                .anyMatch(n -> editable.includes(Objects.requireNonNull(n.getId())))) {
            return Optional.of(Access.WHOLE_PROFILE);
        }
        return linkedOfficerId.filter(id -> id.equals(officer.getId())).map(id -> Access.OWN_PROFILE);
    }

    private void validate(OfficerDetails details) {
        var violations = validator.validate(details);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** Now, to the microsecond the database keeps, so a time stored is never later than the time read. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static String idOf(Officer officer) {
        return String.valueOf(officer.getId());
    }

    private static EditableOfficer editable(Officer officer, Access access) {
        var served = officer.getNeighbourhoods().stream().map(Neighbourhood::getName).sorted().toList();
        return new EditableOfficer(Objects.requireNonNull(officer.getId()), officer.getVersion(), officer.getSlug(),
                officer.getName(), officer.getRank(), officer.details(), served, photoUrl(officer),
                officer.getPhotoAlt(), officer.getUpdatedAt(), access == Access.WHOLE_PROFILE);
    }

    private static String titledName(Officer officer) {
        var rank = officer.getRank().abbreviation();
        return rank.isEmpty() ? officer.getName() : rank + " " + officer.getName();
    }

    private String uniqueSlug(String name) {
        return Slugs.unique(name, officers::existsBySlug);
    }

    private OfficerProfile profile(Officer officer) {
        List<NeighbourhoodSummary> served = officer.getNeighbourhoods().stream()
                .map(n -> new NeighbourhoodSummary(Objects.requireNonNull(n.getId()), n.getSlug(), n.getName()))
                .sorted(Comparator.comparing(NeighbourhoodSummary::name))
                .toList();
        return new OfficerProfile(Objects.requireNonNull(officer.getId()), officer.getSlug(), officer.getName(),
                officer.getRank(), firstRole(officer), officer.getTeamName(), officer.getTexts(),
                List.copyOf(officer.getLanguages()), served, photoUrl(officer), officer.getPhotoAlt(),
                officer.getUpdatedAt());
    }

    private OfficerCard card(Officer officer) {
        return new OfficerCard(officer.getSlug(), officer.getName(), officer.getRank(), roles(officer),
                photoUrl(officer), officer.getPhotoAlt(), List.copyOf(officer.getLanguages()));
    }

    /** The role in the first configured language it is written in; the migration and every save make sure of one. */
    private String firstRole(Officer officer) {
        return roles(officer).values().stream().findFirst().orElse("");
    }

    /** The roles written, the configured languages first in their order, then any others alphabetically. */
    private Map<String, String> roles(Officer officer) {
        var texts = officer.getTexts();
        var roles = new LinkedHashMap<String, String>();
        contentLanguages.ordered(texts, OfficerText::hasRole)
                .forEach((language, text) -> roles.put(language, Objects.requireNonNull(text.role())));
        texts.forEach((language, text) -> {
            if (text.hasRole()) {
                roles.putIfAbsent(language, Objects.requireNonNull(text.role()));
            }
        });
        return roles;
    }

    /** A relative address that changes when the officer changes, so browsers may cache each version. */
    private static @Nullable String photoUrl(Officer officer) {
        return officer.getPhotoAlt() == null ? null
                : PHOTO_PATH + officer.getSlug() + "?v=" + officer.getUpdatedAt().toEpochMilli();
    }
}
