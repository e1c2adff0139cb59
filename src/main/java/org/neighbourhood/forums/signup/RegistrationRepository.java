package org.neighbourhood.forums.signup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

    Optional<Registration> findBySessionIdAndEmail(long sessionId, String email);

    List<Registration> findBySessionIdOrderByCreatedAtAsc(long sessionId);

    long countBySessionIdAndStatus(long sessionId, RegistrationStatus status);

    @Query("""
            select r from Registration r where r.sessionId = :sessionId and r.status = :status
            order by r.confirmedAt, r.id""")
    List<Registration> inOrder(long sessionId, RegistrationStatus status);

    List<Registration> findBySessionIdInAndStatusIn(Collection<Long> sessionIds,
            Collection<RegistrationStatus> statuses);

    List<Registration> findBySessionIdAndStatusAndReminderSentAtIsNull(long sessionId, RegistrationStatus status);

    /** Registrations of these sessions that still hold what identifies a person. */
    @Query("select r from Registration r where r.email not like 'erased-%' and r.sessionId in :sessionIds")
    List<Registration> stillIdentifying(Collection<Long> sessionIds);
}
