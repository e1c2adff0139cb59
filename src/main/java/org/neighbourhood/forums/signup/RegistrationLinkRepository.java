package org.neighbourhood.forums.signup;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationLinkRepository extends JpaRepository<RegistrationLink, Long> {

    Optional<RegistrationLink> findByTokenHash(String tokenHash);

    List<RegistrationLink> findByRegistrationIdAndPurposeAndUsedAtIsNull(long registrationId, LinkPurpose purpose);

    void deleteByRegistrationIdIn(java.util.Collection<Long> registrationIds);
}
