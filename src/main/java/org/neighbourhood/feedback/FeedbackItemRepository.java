package org.neighbourhood.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedbackItemRepository extends JpaRepository<FeedbackItem, Long> {

    boolean existsByReference(String reference);

    Optional<FeedbackItem> findByReference(String reference);

    /** Closed before the cutoff and still holding what a person wrote. */
    @Query("select f from FeedbackItem f where f.closedAt < :cutoff and f.erasedAt is null")
    List<FeedbackItem> closedBeforeAndNotErased(Instant cutoff);
}
