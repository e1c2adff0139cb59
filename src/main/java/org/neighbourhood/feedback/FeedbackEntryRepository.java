package org.neighbourhood.feedback;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackEntryRepository extends JpaRepository<FeedbackEntry, Long> {

    List<FeedbackEntry> findByFeedbackIdOrderByCreatedAtAscIdAsc(long feedbackId);

    List<FeedbackEntry> findByFeedbackIdIn(Collection<Long> feedbackIds);
}
