package org.neighbourhood.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface PasswordResetLinkRepository extends JpaRepository<PasswordResetLink, Long> {

    Optional<PasswordResetLink> findByTokenHash(String tokenHash);

    List<PasswordResetLink> findByUserIdAndUsedAtIsNull(long userId);
}
