package org.neighbourhood.feedback;

import java.util.Collection;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackLinkRepository extends JpaRepository<FeedbackLink, Long> {

    Optional<FeedbackLink> findByTokenHash(String tokenHash);

    void deleteByFeedbackIdIn(Collection<Long> feedbackIds);
}
