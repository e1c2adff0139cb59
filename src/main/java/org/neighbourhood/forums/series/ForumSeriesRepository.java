package org.neighbourhood.forums.series;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumSeriesRepository extends JpaRepository<ForumSeries, Long> {

    Optional<ForumSeries> findBySlug(String slug);

    List<ForumSeries> findByPublishedTrue();

    boolean existsBySlug(String slug);
}
