package org.neighbourhood.updates;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.neighbourhood.publishing.TeamItemRepository;
import org.springframework.data.jpa.repository.Query;

interface UpdateRepository extends TeamItemRepository<Update> {

    /** Published and due, newest first. */
    @Query("""
            select u from TeamUpdate u
            where u.lifecycle.publication = org.neighbourhood.base.Publication.PUBLISHED and u.lifecycle.publishAt <= :now
            order by u.lifecycle.publishAt desc, u.id desc""")
    List<Update> findPublic(Instant now);

    Optional<Update> findBySlug(String slug);

    boolean existsBySlug(String slug);


}
