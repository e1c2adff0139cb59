package org.neighbourhood.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

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
        return current().map(actor -> new SignedInUser(actor.username(), actor.displayName(), actor.roles()));
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
            return Optional.of(new Actor(0, system.getName(), system.getName(), Set.of(Role.ADMIN), Set.of()));
        }
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByUsernameIgnoreCase(authentication.getName()).filter(UserAccount::isEnabled)
                .map(account -> new Actor(java.util.Objects.requireNonNullElse(account.getId(), 0L), account.getUsername(), account.getDisplayName(),
                        Set.copyOf(account.getRoles()), Set.copyOf(account.getNeighbourhoodIds())));
    }

    public record Editable(boolean all, Set<Long> neighbourhoodIds) {
        public boolean includes(long neighbourhoodId) {
            return all || neighbourhoodIds.contains(neighbourhoodId);
        }
    }

    public record SignedInUser(String username, String displayName, Set<Role> roles) {
    }

    private record Actor(long accountId, String username, String displayName, Set<Role> roles, Set<Long> neighbourhoodIds) {
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
