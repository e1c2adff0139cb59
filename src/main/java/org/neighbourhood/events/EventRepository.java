package org.neighbourhood.events;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EventRepository extends JpaRepository<Event, Long> {

    /** Published, due and not yet over, soonest first. */
    @Query("""
            select e from Event e
            where e.lifecycle.publication = org.neighbourhood.base.Publication.PUBLISHED and e.lifecycle.publishAt <= :now
              and e.endsAt >= :now
            order by e.startsAt, e.id""")
    List<Event> findPublicUpcoming(Instant now);

    Optional<Event> findBySlug(String slug);

    boolean existsBySlug(String slug);

    List<Event> findByNeighbourhoodIdInOrderByStartsAtDesc(Collection<Long> neighbourhoodIds);

    List<Event> findAllByOrderByStartsAtDesc();
}
