package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

@SpringBootTest
class PermissionsTest {

    @Autowired
    Permissions permissions;

    @Autowired
    UserService users;

    @Autowired
    NeighbourhoodService neighbourhoods;

    /** This application context's own holder: several contexts may live in one test JVM. */
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void an_editor_may_change_only_the_neighbourhoods_assigned_to_them() {
        signInAs("editor.riverside", Role.EDITOR);

        assertThat(permissions.canEditNeighbourhood(id("riverside"))).isTrue();
        assertThat(permissions.canEditNeighbourhood(id("castle-quarter"))).isFalse();
        assertThatThrownBy(() -> permissions.requireCanEditNeighbourhood(id("castle-quarter")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void an_administrator_may_change_every_neighbourhood() {
        signInAs("admin", Role.ADMIN);

        assertThat(permissions.canEditNeighbourhood(id("castle-quarter"))).isTrue();
        assertThat(permissions.editableNeighbourhoods().all()).isTrue();
    }

    @Test
    void a_facilitator_and_an_anonymous_visitor_may_change_no_neighbourhood() {
        signInAs("facilitator", Role.FACILITATOR);
        assertThat(permissions.canEditNeighbourhood(id("riverside"))).isFalse();

        securityContext.clearContext();
        assertThat(permissions.canEditNeighbourhood(id("riverside"))).isFalse();
        assertThat(permissions.signedInUser()).isEmpty();
    }

    @Test
    void only_an_administrator_may_list_or_add_accounts() {
        signInAs("editor.riverside", Role.EDITOR);

        assertThatThrownBy(() -> users.findAll()).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.create("sneaky", "Sneaky", null, Set.of(Role.ADMIN), Set.of(), null))
                .isInstanceOf(AuthorizationDeniedException.class);
    }

    @Test
    void a_new_account_gets_a_one_time_password_and_its_creation_is_audited() {
        signInAs("admin", Role.ADMIN);

        var created = users.create("new.editor." + System.nanoTime(), "New Editor", null, Set.of(Role.EDITOR),
                Set.of(id("riverside")), null);

        assertThat(created.temporaryPassword()).hasSize(16);
        assertThat(users.findAll()).extracting(UserService.UserSummary::username)
                .contains(created.user().username());
    }

    private long id(String slug) {
        return neighbourhoods.findBySlug(slug).orElseThrow().id();
    }

    private void signInAs(String username, Role role) {
        var context = securityContext.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority(role.authority()))));
        securityContext.setContext(context);
    }
}
