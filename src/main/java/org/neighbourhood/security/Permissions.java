package org.neighbourhood.security;

import java.util.Optional;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
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
        return current().map(account -> account.getRoles().contains(Role.ADMIN)).orElse(false);
    }

    public boolean canEditNeighbourhood(long neighbourhoodId) {
        return current().map(account -> account.getRoles().contains(Role.ADMIN)
                || account.getRoles().contains(Role.EDITOR) && account.getNeighbourhoodIds().contains(neighbourhoodId))
                .orElse(false);
    }

    /** Throws {@link AccessDeniedException} unless the signed-in user may change this neighbourhood's content. */
    public void requireCanEditNeighbourhood(long neighbourhoodId) {
        if (!canEditNeighbourhood(neighbourhoodId)) {
            throw new AccessDeniedException("You may not change the content of this neighbourhood");
        }
    }

    /** The neighbourhoods the signed-in user may edit; empty with {@code all} true for an administrator. */
    public Editable editableNeighbourhoods() {
        return current().map(account -> account.getRoles().contains(Role.ADMIN) ? new Editable(true, Set.<Long>of())
                : account.getRoles().contains(Role.EDITOR) ? new Editable(false, Set.copyOf(account.getNeighbourhoodIds()))
                : new Editable(false, Set.<Long>of()))
                .orElse(new Editable(false, Set.of()));
    }

    public Optional<SignedInUser> signedInUser() {
        return current().map(account -> new SignedInUser(account.getUsername(), account.getDisplayName(),
                Set.copyOf(account.getRoles())));
    }

    private Optional<UserAccount> current() {
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        return accounts.findByUsernameIgnoreCase(authentication.getName()).filter(UserAccount::isEnabled);
    }

    public record Editable(boolean all, Set<Long> neighbourhoodIds) {
        public boolean includes(long neighbourhoodId) {
            return all || neighbourhoodIds.contains(neighbourhoodId);
        }
    }

    public record SignedInUser(String username, String displayName, Set<Role> roles) {
    }
}
