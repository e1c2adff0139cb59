package org.neighbourhood.officers;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.neighbourhoods.Neighbourhood;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading and adding officers' public profiles. */
@Service
@Transactional(readOnly = true)
public class OfficerService {

    static final String PHOTO_PATH = "media/officers/";

    private static final Comparator<Officer> TEAM_ORDER = Comparator.comparing(Officer::getRank)
            .thenComparing(Officer::getName);

    private final OfficerRepository officers;
    private final OfficerPhotoRepository photos;
    private final NeighbourhoodService neighbourhoods;
    private final EntityManager entityManager;
    private final Clock clock;

    OfficerService(OfficerRepository officers, OfficerPhotoRepository photos, NeighbourhoodService neighbourhoods,
            EntityManager entityManager, Clock clock) {
        this.officers = officers;
        this.photos = photos;
        this.neighbourhoods = neighbourhoods;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    public Optional<OfficerProfile> findBySlug(String slug) {
        return officers.findBySlug(slug).map(this::profile);
    }

    /** The officers who serve a neighbourhood, most senior first. */
    public List<OfficerCard> findTeam(long neighbourhoodId) {
        return officers.findByNeighbourhood(neighbourhoodId).stream()
                .sorted(TEAM_ORDER)
                .map(OfficerService::card)
                .toList();
    }

    public Optional<Photo> findPhoto(String slug) {
        return officers.findBySlug(slug)
                .flatMap(officer -> photos.findById(Objects.requireNonNull(officer.getId()))
                        .map(photo -> new Photo(photo.getContentType(), photo.getData(),
                                Objects.requireNonNullElse(officer.getPhotoAlt(), ""), photo.getUpdatedAt())));
    }

    @Transactional
    public OfficerProfile create(NewOfficer request) {
        var now = clock.instant();
        var slug = uniqueSlug(request.name());
        var officer = new Officer(slug, request.name(), request.rank(), request.role(), request.teamName(), now);
        officer.setBio(request.bio(), now);
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

    private String uniqueSlug(String name) {
        var base = Slugs.of(name);
        var slug = base;
        for (int n = 2; officers.existsBySlug(slug); n++) {
            slug = base + "-" + n;
        }
        return slug;
    }

    private OfficerProfile profile(Officer officer) {
        List<NeighbourhoodSummary> served = officer.getNeighbourhoods().stream()
                .map(n -> new NeighbourhoodSummary(Objects.requireNonNull(n.getId()), n.getSlug(), n.getName()))
                .sorted(Comparator.comparing(NeighbourhoodSummary::name))
                .toList();
        return new OfficerProfile(Objects.requireNonNull(officer.getId()), officer.getSlug(), officer.getName(),
                officer.getRank(), officer.getRole(), officer.getTeamName(), officer.getBio(),
                List.copyOf(officer.getLanguages()), served, photoUrl(officer), officer.getPhotoAlt(),
                officer.getUpdatedAt());
    }

    private static OfficerCard card(Officer officer) {
        return new OfficerCard(officer.getSlug(), officer.getName(), officer.getRank(), officer.getRole(),
                photoUrl(officer), officer.getPhotoAlt(), List.copyOf(officer.getLanguages()));
    }

    /** A relative address that changes when the officer changes, so browsers may cache each version. */
    private static @Nullable String photoUrl(Officer officer) {
        return officer.getPhotoAlt() == null ? null
                : PHOTO_PATH + officer.getSlug() + "?v=" + officer.getUpdatedAt().toEpochMilli();
    }
}
