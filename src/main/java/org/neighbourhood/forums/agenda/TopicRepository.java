package org.neighbourhood.forums.agenda;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TopicRepository extends JpaRepository<Topic, Long> {

    List<Topic> findBySessionIdOrderByCreatedAtAsc(long sessionId);

    List<Topic> findBySessionIdIn(Collection<Long> sessionIds);
}
