package org.neighbourhood.events;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.neighbourhood.publishing.TeamItemRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends TeamItemRepository<Event> {

    /** Published, due and not yet over, soonest first. */
    @Query("""
            select e from Event e
            where e.lifecycle.publication = org.neighbourhood.base.Publication.PUBLISHED and e.lifecycle.publishAt <= :now
              and e.endsAt >= :now
            order by e.startsAt, e.id""")
    List<Event> findPublicUpcoming(Instant now);

    /** Published, due and ending at {@code since} or later, soonest first. */
    @Query("""
            select e from Event e
            where e.lifecycle.publication = org.neighbourhood.base.Publication.PUBLISHED and e.lifecycle.publishAt <= :now
              and e.endsAt >= :since
            order by e.startsAt, e.id""")
    List<Event> findPublicEndingSince(Instant since, Instant now);

    Optional<Event> findBySlug(String slug);

    boolean existsBySlug(String slug);


}
