package org.neighbourhood.security.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.neighbourhood.security.AccountService;
import org.neighbourhood.security.TwoStepSignIn;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * Keeps every back-office route closed until the account is in order: a sign-in awaiting its code goes to
 * the code step; an account with an administrator's one-time password, or an administrator without the
 * two-step sign-in that administrators must use, goes to its own account page and nowhere else.
 */
@Component
class AccountGate implements VaadinServiceInitListener {

    /** The account page, by address: it lives in the back office, which depends on this feature. */
    static final String ACCOUNT_PAGE = "admin/account";

    private final AccountService accounts;
    private final TwoStepSignIn twoStep;
    private final SecurityContextHolderStrategy securityContext;

    AccountGate(AccountService accounts, TwoStepSignIn twoStep, SecurityContextHolderStrategy securityContext) {
        this.accounts = accounts;
        this.twoStep = twoStep;
        this.securityContext = securityContext;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var path = event.getLocation().getPath();
        if (!path.equals("admin") && !path.startsWith("admin/")) {
            return;
        }
        if (twoStep.pendingUsername().isPresent()) {
            event.forwardTo(TwoStepView.class);
            return;
        }
        var authentication = securityContext.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken || path.equals(ACCOUNT_PAGE)) {
            return;
        }
        if (accounts.mustPutAccountRight()) {
            event.forwardTo(ACCOUNT_PAGE);
        }
    }
}
