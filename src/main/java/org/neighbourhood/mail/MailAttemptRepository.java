package org.neighbourhood.mail;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface MailAttemptRepository extends JpaRepository<MailAttempt, Long> {

    List<MailAttempt> findByMailIdOrderByAttemptedAtAscIdAsc(long mailId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from MailAttempt a where a.mailId in :mailIds")
    int deleteByMailIds(@Param("mailIds") List<Long> mailIds);
}
