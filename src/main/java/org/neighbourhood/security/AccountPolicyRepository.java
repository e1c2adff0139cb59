package org.neighbourhood.security;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccountPolicyRepository extends JpaRepository<AccountPolicy, Long> {
}
