package org.neighbourhood.forums.after;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ForumActionRepository extends JpaRepository<ForumAction, Long> {

    List<ForumAction> findBySessionIdOrderByCreatedAtAsc(long sessionId);

    List<ForumAction> findBySessionIdInOrderByCreatedAtAsc(Collection<Long> sessionIds);
}
