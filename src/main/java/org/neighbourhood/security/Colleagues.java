package org.neighbourhood.security;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The enabled accounts of a neighbourhood's team, for services that assign work to someone or must tell the
 * team about something (such as an escalated query). It answers services, not screens: it checks no
 * permission, and a screen shows what a service chose to hand it.
 */
@Service
@Transactional(readOnly = true)
public class Colleagues {

    private final UserAccountRepository accounts;

    Colleagues(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    public record Colleague(long id, String displayName, @Nullable String email) {
    }

    /** Who may work on the neighbourhood's items: its editors and the administrators; null means the force's. */
    public List<Colleague> ofNeighbourhood(@Nullable Long neighbourhoodId) {
        return find(account -> account.getRoles().contains(Role.ADMIN) || neighbourhoodId != null
                && account.getRoles().contains(Role.EDITOR) && account.getNeighbourhoodIds().contains(neighbourhoodId));
    }

    /** The neighbourhood's editors, without the administrators. */
    public List<Colleague> editorsOf(long neighbourhoodId) {
        return find(account -> account.getRoles().contains(Role.EDITOR)
                && account.getNeighbourhoodIds().contains(neighbourhoodId));
    }

    public List<Colleague> administrators() {
        return find(account -> account.getRoles().contains(Role.ADMIN));
    }

    /** The accounts linked to these officers. */
    public List<Colleague> linkedTo(Collection<Long> officerIds) {
        return find(account -> account.getOfficerId() != null && officerIds.contains(account.getOfficerId()));
    }

    private List<Colleague> find(Predicate<UserAccount> which) {
        // A force has tens of accounts, not thousands: reading them all is simpler than a query per question.
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .filter(UserAccount::isEnabled)
                .filter(which)
                .map(account -> new Colleague(Objects.requireNonNull(account.getId()), account.getDisplayName(),
                        account.getEmail()))
                .sorted(Comparator.comparing(Colleague::displayName))
                .toList();
    }
}
