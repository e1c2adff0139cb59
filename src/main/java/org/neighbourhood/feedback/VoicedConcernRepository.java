package org.neighbourhood.feedback;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface VoicedConcernRepository extends JpaRepository<VoicedConcern, Long> {

    boolean existsByNeighbourhoodIdAndKindAndVoicedMonthAndVoterHash(long neighbourhoodId, Subject kind, String month,
            String voterHash);

    @Query("select c.kind from VoicedConcern c where c.neighbourhoodId = :neighbourhoodId"
            + " and c.voicedMonth = :month and c.voterHash = :voterHash")
    List<Subject> kindsVoiced(long neighbourhoodId, String month, String voterHash);

    /** Counts by kind for one neighbourhood and month, the most voiced first. */
    @Query("select c.kind, count(c) from VoicedConcern c where c.neighbourhoodId = :neighbourhoodId"
            + " and c.voicedMonth = :month group by c.kind order by count(c) desc, c.kind")
    List<Object[]> countByKind(long neighbourhoodId, String month);

    @Query("select c.neighbourhoodId, c.kind, count(c) from VoicedConcern c where c.voicedMonth = :month"
            + " group by c.neighbourhoodId, c.kind order by count(c) desc, c.kind")
    List<Object[]> countByNeighbourhoodAndKind(String month);

    @Query("select c.kind, count(c) from VoicedConcern c where c.voicedAt >= :from and c.voicedAt < :to"
            + " group by c.kind")
    List<Object[]> countByKindBetween(Instant from, Instant to);

    @Query("select c.kind, count(c) from VoicedConcern c where c.neighbourhoodId in :neighbourhoodIds"
            + " and c.voicedAt >= :from and c.voicedAt < :to group by c.kind")
    List<Object[]> countByKindBetween(Collection<Long> neighbourhoodIds, Instant from, Instant to);
}
