package org.neighbourhood.forums.after;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findBySessionIdOrderByCreatedAtDesc(long sessionId);
}
