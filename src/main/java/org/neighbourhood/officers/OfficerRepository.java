package org.neighbourhood.officers;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OfficerRepository extends JpaRepository<Officer, Long> {

    @EntityGraph(attributePaths = {"neighbourhoods", "languages", "texts"})
    Optional<Officer> findBySlug(String slug);

    @Query("select distinct o from Officer o join o.neighbourhoods n where n.id = :neighbourhoodId")
    @EntityGraph(attributePaths = {"languages", "texts"})
    List<Officer> findByNeighbourhood(long neighbourhoodId);

    @EntityGraph(attributePaths = {"neighbourhoods", "languages"})
    List<Officer> findAllByOrderByNameAsc();

    @Query("select distinct o from Officer o join o.neighbourhoods n where n.id in :neighbourhoodIds order by o.name")
    @EntityGraph(attributePaths = {"neighbourhoods", "languages"})
    List<Officer> findServingAnyOf(Collection<Long> neighbourhoodIds);

    boolean existsBySlug(String slug);
}
