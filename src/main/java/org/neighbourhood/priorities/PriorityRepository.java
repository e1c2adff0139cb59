package org.neighbourhood.priorities;

import java.time.Instant;
import java.util.List;

import org.neighbourhood.publishing.TeamItemRepository;
import org.springframework.data.jpa.repository.Query;

interface PriorityRepository extends TeamItemRepository<Priority> {

    @Query("""
            select p from Priority p
            where p.neighbourhoodId = :neighbourhoodId and p.lifecycle.publication = org.neighbourhood.base.Publication.PUBLISHED
              and p.lifecycle.publishAt <= :now
            order by p.issueDate desc, p.id desc""")
    List<Priority> findPublic(long neighbourhoodId, Instant now);


}
