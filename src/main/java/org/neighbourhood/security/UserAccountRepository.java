package org.neighbourhood.security;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    Optional<UserAccount> findByUsernameIgnoreCase(String username);

    List<UserAccount> findAllByOrderByDisplayNameAsc();

    Optional<UserAccount> findByOfficerId(long officerId);

    Optional<UserAccount> findFirstByEmailIgnoreCaseOrderByIdAsc(String email);
}
