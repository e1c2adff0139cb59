package org.neighbourhood.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who may change what. Content services ask here before every change, so that an editor of one
 * neighbourhood can never change another's, whatever a screen shows. Assignments are read fresh on each
 * question: an administrator's change to them takes effect at once.
 */
@Service
@Transactional(readOnly = true)
public class Permissions {

    /**
     * The role an account holds while it is linked to an officer, on top of any it was given: it lets the
     * officer into the back office to edit their own profile, and nothing else. It is granted at sign-in
     * from the link, never stored, so an account cannot hold it without an officer to go with it.
     */
    public static final String LINKED_OFFICER_ROLE = "OFFICER";

    private final UserAccountRepository accounts;
    private final SecurityContextHolderStrategy securityContext;

    Permissions(UserAccountRepository accounts, SecurityContextHolderStrategy securityContext) {
        this.accounts = accounts;
        this.securityContext = securityContext;
    }

    public boolean isAdmin() {
        return current().map(actor -> actor.roles().contains(Role.ADMIN)).orElse(false);
    }

    public boolean canEditNeighbourhood(long neighbourhoodId) {
        return editableNeighbourhoods().includes(neighbourhoodId);
    }

    /** Throws {@link AccessDeniedException} unless the signed-in user may change this neighbourhood's content. */
    public void requireCanEditNeighbourhood(long neighbourhoodId) {
        if (!canEditNeighbourhood(neighbourhoodId)) {
            throw new AccessDeniedException("You may not change the content of this neighbourhood");
        }
    }

    /** The neighbourhoods the signed-in user may edit; {@code all} for an administrator. */
    public Editable editableNeighbourhoods() {
        return current().map(actor -> actor.roles().contains(Role.ADMIN) ? new Editable(true, Set.<Long>of())
                : actor.roles().contains(Role.EDITOR) ? new Editable(false, actor.neighbourhoodIds())
                : new Editable(false, Set.<Long>of()))
                .orElse(new Editable(false, Set.of()));
    }

    /** The signed-in account's id; empty for nobody and for the portal's own system tasks. */
    public Optional<Long> signedInAccountId() {
        return current().map(Actor::accountId).filter(id -> id > 0);
    }

    public boolean hasRole(Role role) {
        return current().map(actor -> actor.roles().contains(role)).orElse(false);
    }

    public Optional<SignedInUser> signedInUser() {
        return current().map(actor -> new SignedInUser(actor.username(), actor.displayName(), actor.roles(),
                actor.officerId()));
    }

    /** The officer whose own profile the signed-in user may edit, if their account is linked to one. */
    public Optional<Long> linkedOfficerId() {
        return current().map(Actor::officerId);
    }

    /** Whether the signed-in user's account is linked to this officer, who may then edit their own profile. */
    public boolean isLinkedToOfficer(long officerId) {
        return linkedOfficerId().filter(id -> id == officerId).isPresent();
    }

    /**
     * Runs work of the portal itself, such as loading demo data or a scheduled job, as an administrator
     * named after the task, so that it goes through the same services and is audited under that name. It
     * runs outside any transaction, so each service call it makes commits on its own.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void runAsSystem(String task, Runnable work) {
        var previous = securityContext.getContext();
        var context = securityContext.createEmptyContext();
        context.setAuthentication(new SystemAuthentication(task));
        securityContext.setContext(context);
        try {
            work.run();
        } finally {
            securityContext.setContext(previous);
        }
    }

    private Optional<Actor> current() {
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication instanceof SystemAuthentication system) {
            return Optional.of(new Actor(0, system.getName(), system.getName(), Set.of(Role.ADMIN), Set.of(), null));
        }
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByUsernameIgnoreCase(authentication.getName()).filter(UserAccount::isEnabled)
                .map(account -> new Actor(java.util.Objects.requireNonNullElse(account.getId(), 0L),
                        account.getUsername(), account.getDisplayName(), Set.copyOf(account.getRoles()),
                        Set.copyOf(account.getNeighbourhoodIds()), account.getOfficerId()));
    }

    public record Editable(boolean all, Set<Long> neighbourhoodIds) {
        public boolean includes(long neighbourhoodId) {
            return all || neighbourhoodIds.contains(neighbourhoodId);
        }
    }

    public record SignedInUser(String username, String displayName, Set<Role> roles, @Nullable Long officerId) {
    }

    private record Actor(long accountId, String username, String displayName, Set<Role> roles,
            Set<Long> neighbourhoodIds, @Nullable Long officerId) {
    }

    /** The portal acting on its own behalf; only {@link #runAsSystem} makes one. */
    private static final class SystemAuthentication extends AbstractAuthenticationToken {

        private final String task;

        SystemAuthentication(String task) {
            super(List.of(new SimpleGrantedAuthority(Role.ADMIN.authority())));
            this.task = "system:" + task;
            setAuthenticated(true);
        }

        @Override
        public Object getCredentials() {
            return "";
        }

        @Override
        public Object getPrincipal() {
            return task;
        }
    }
}
