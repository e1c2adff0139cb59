package org.neighbourhood.priorities;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PriorityRepository extends JpaRepository<Priority, Long> {

    @Query("""
            select p from Priority p
            where p.neighbourhoodId = :neighbourhoodId and p.lifecycle.publication = org.neighbourhood.base.Publication.PUBLISHED
              and p.lifecycle.publishAt <= :now
            order by p.issueDate desc, p.id desc""")
    List<Priority> findPublic(long neighbourhoodId, Instant now);

    List<Priority> findByNeighbourhoodIdInOrderByLifecycleUpdatedAtDesc(Collection<Long> neighbourhoodIds);

    List<Priority> findAllByOrderByLifecycleUpdatedAtDesc();
}
