package org.neighbourhood.mail;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface MailAttemptRepository extends JpaRepository<MailAttempt, Long> {

    List<MailAttempt> findByMailIdOrderByAttemptedAtAscIdAsc(long mailId);
}
