package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** An administrator links an account to the officer who uses it; the link is what lets that officer in. */
@SpringBootTest
class AccountOfficerLinkTest {

    @Autowired
    UserService users;

    @Autowired
    Permissions permissions;

    @Autowired
    AuditLog audit;

    @Autowired
    AccountDetailsService accountDetails;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @BeforeEach
    void signInAsAdministrator() {
        SignedIn.as(securityContext, "admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void a_linked_account_signs_in_as_that_officer_and_an_unlinked_one_no_longer_does() {
        var owen = officer("PCSO Owen Pryce");
        var created = users.create("owen.pryce." + System.nanoTime(), "Owen Pryce", null, Set.of(), Set.of(),
                owen.id(), "a long enough password").user();

        assertThat(created.officerId()).isEqualTo(owen.id());
        assertThat(authorities(created.username())).containsExactly("ROLE_" + Permissions.LINKED_OFFICER_ROLE);
        SignedIn.as(securityContext, created.username(), Permissions.LINKED_OFFICER_ROLE);
        assertThat(permissions.linkedOfficerId()).hasValue(owen.id());
        assertThat(permissions.isLinkedToOfficer(owen.id())).isTrue();
        assertThat(permissions.editableNeighbourhoods().neighbourhoodIds()).isEmpty();

        SignedIn.as(securityContext, "admin", "ADMIN");
        var unlinked = users.update(created.id(), created.version(), created.displayName(), null, Set.of(), Set.of(),
                null, true);

        assertThat(unlinked.officerId()).isNull();
        assertThat(authorities(created.username())).isEmpty();
        assertThat(audit.historyOf("account", created.username())).first().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("user.changed");
            assertThat(entry.details()).contains("officer PCSO Owen Pryce (" + owen.id() + ")")
                    .contains("after roles [], neighbourhoods [], officer none");
        });
        SignedIn.as(securityContext, created.username(), Permissions.LINKED_OFFICER_ROLE);
        assertThat(permissions.linkedOfficerId()).isEmpty();
    }

    @Test
    void an_officer_has_one_account_only() {
        var agnieszka = officer("PC Agnieszka Wróblewska");

        assertThatThrownBy(() -> users.create("second.agnieszka." + System.nanoTime(), "Agnieszka", null, Set.of(),
                Set.of(), agnieszka.id(), null))
                .isInstanceOfSatisfying(OfficerAlreadyLinkedException.class,
                        taken -> assertThat(taken.username()).isEqualTo("officer.riverside"));
    }

    @Test
    void only_an_administrator_links_accounts_to_officers() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");

        assertThatThrownBy(() -> users.linkableOfficers()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.update(1, 0, "Editor", null, Set.of(Role.EDITOR), Set.of(), 1L, true))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    private LinkableOfficers.LinkableOfficer officer(String name) {
        return users.linkableOfficers().stream().filter(o -> o.name().equals(name)).findFirst().orElseThrow();
    }

    private java.util.List<String> authorities(String username) {
        return accountDetails.loadUserByUsername(username).getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).toList();
    }
}
