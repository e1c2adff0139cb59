package org.neighbourhood.mail;

import java.time.Instant;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Every change of a mail's state is one conditional update on its id and present state, which the database
 * applies to one row at most: whoever's update counts one row owns the change. Plain SQL on H2 and MariaDB
 * alike, without row locks held across the SMTP exchange.
 */
interface OutboxMailRepository extends JpaRepository<OutboxMail, Long> {

    @Query("select m.id from OutboxMail m where m.status = :status and m.nextAttemptAt <= :now order by m.id")
    List<Long> findDueIds(@Param("status") MailStatus pending, @Param("now") Instant now, Pageable batch);

    @Query("select m.id from OutboxMail m where m.status = :status and m.claimedAt < :cutoff order by m.id")
    List<Long> findClaimedBefore(@Param("status") MailStatus sending, @Param("cutoff") Instant cutoff);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = :sending, m.claimedAt = :now, m.attempts = m.attempts + 1
            where m.id = :id and m.status = :pending and m.nextAttemptAt <= :now""")
    int claim(@Param("id") long id, @Param("now") Instant now, @Param("pending") MailStatus pending,
            @Param("sending") MailStatus sending);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = :sent, m.sentAt = :now, m.claimedAt = null, m.lastError = null
            where m.id = :id and m.status = :sending and m.claimedAt = :claimedAt""")
    int markSent(@Param("id") long id, @Param("claimedAt") Instant claimedAt, @Param("now") Instant now,
            @Param("sending") MailStatus sending, @Param("sent") MailStatus sent);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = :next, m.nextAttemptAt = :nextAttemptAt, m.claimedAt = null,
                m.lastError = :error
            where m.id = :id and m.status = :sending and m.claimedAt = :claimedAt""")
    int markFailed(@Param("id") long id, @Param("claimedAt") Instant claimedAt, @Param("next") MailStatus next,
            @Param("nextAttemptAt") Instant nextAttemptAt, @Param("error") String error,
            @Param("sending") MailStatus sending);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = :pending, m.nextAttemptAt = :now, m.claimedAt = null
            where m.id = :id and m.status = :sending and m.claimedAt < :cutoff""")
    int release(@Param("id") long id, @Param("cutoff") Instant cutoff, @Param("now") Instant now,
            @Param("sending") MailStatus sending, @Param("pending") MailStatus pending);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("""
            update OutboxMail m set m.status = :pending, m.nextAttemptAt = :now, m.attempts = 0
            where m.id = :id and m.status = :failed""")
    int retry(@Param("id") long id, @Param("now") Instant now, @Param("failed") MailStatus failed,
            @Param("pending") MailStatus pending);

    Page<OutboxMail> findAllByOrderByIdDesc(Pageable page);

    /** Delivered before the cutoff. */
    @Query("select m.id from OutboxMail m where m.status = :sent and m.sentAt < :cutoff order by m.id")
    List<Long> findSentBefore(@Param("sent") MailStatus sent, @Param("cutoff") Instant cutoff, Pageable batch);

    /** Given up before the cutoff: giving up sets the next attempt time to that moment, and nothing else does. */
    @Query("select m.id from OutboxMail m where m.status = :failed and m.nextAttemptAt < :cutoff order by m.id")
    List<Long> findFailedBefore(@Param("failed") MailStatus failed, @Param("cutoff") Instant cutoff,
            Pageable batch);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from OutboxMail m where m.id in :ids")
    int deleteByIds(@Param("ids") List<Long> ids);
}
