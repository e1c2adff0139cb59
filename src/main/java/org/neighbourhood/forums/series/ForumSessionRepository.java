package org.neighbourhood.forums.series;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ForumSessionRepository extends JpaRepository<ForumSession, Long> {

    Optional<ForumSession> findBySeriesIdAndSlug(long seriesId, String slug);

    List<ForumSession> findBySeriesIdOrderByStartsAtAsc(long seriesId);

    List<ForumSession> findBySeriesIdAndStartsAtBetweenOrderByStartsAtAsc(long seriesId, Instant from, Instant to);

    boolean existsBySeriesIdAndSlug(long seriesId, String slug);

    /** The session locked for the rest of the transaction, so that places are given out one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from ForumSession s where s.id = :id")
    Optional<ForumSession> lockById(long id);

    @Query("select s from ForumSession s where s.published = true and s.startsAt > :from and s.startsAt <= :to")
    List<ForumSession> startingBetween(Instant from, Instant to);

    @Query("select s.id from ForumSession s where s.endsAt < :cutoff")
    List<Long> idsEndedBefore(Instant cutoff);
}
