package org.neighbourhood.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.security.AccountService;
import org.neighbourhood.security.PasswordRefusedException;

/**
 * The page of an emailed "forgot password" link: a new password, twice. The token stays in the view, never
 * on the page, and the address bar loses it at once; {@link AccountPages} keeps the page out of search
 * engines and its address out of Referer headers.
 */
@Route(value = "login/reset", layout = PublicLayout.class)
@AnonymousAllowed
class ResetPasswordView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountService accounts;
    private final PageTitles titles;
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph outcome = new Paragraph();
    /** A dead link is no dead end: the way to a fresh one. */
    private final Anchor askAgain = new Anchor("login/forgot", getTranslation("login.reset.ask-again"));
    private final Div form = new Div();
    private String token = "";

    ResetPasswordView(AccountService accounts, PageTitles titles) {
        this.accounts = accounts;
        this.titles = titles;
        addClassName("content");
        addClassName("login");
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.helper", PasswordFields.MIN_LENGTH));
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.getElement().setAttribute("autocomplete", "new-password");
        var save = new Button(getTranslation("login.reset.title"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        form.add(new Paragraph(getTranslation("login.reset.intro")), password, repeat, new Div(save));
        outcome.getElement().setAttribute("role", "status");
        askAgain.setVisible(false);
        add(new H1(getTranslation("login.reset.title")), form, outcome, askAgain,
                new Anchor("login", getTranslation("login.back-to-sign-in")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("t").orElse("");
        event.getUI().getPage().getHistory().replaceState(null, "login/reset");
        if (!accounts.isResetLinkUsable(token)) {
            form.setVisible(false);
            outcome.setText(getTranslation("login.reset.invalid"));
            askAgain.setVisible(true);
        }
    }

    private void save() {
        if (!PasswordFields.same(password, repeat)) {
            return;
        }
        try {
            accounts.resetPassword(token, password.getValue());
            token = "";
            form.setVisible(false);
            outcome.setText(getTranslation("login.reset.done"));
        } catch (PasswordRefusedException refused) {
            PasswordFields.refuse(password, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("login.reset.title"));
    }
}
