package org.neighbourhood.neighbourhoods;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface NeighbourhoodRepository extends JpaRepository<Neighbourhood, Long> {

    @EntityGraph(attributePaths = {"links", "texts"})
    Optional<Neighbourhood> findBySlug(String slug);

    List<Neighbourhood> findAllByOrderByNameAsc();

    List<Neighbourhood> findBySlugIn(java.util.Collection<String> slugs);
}
