package org.neighbourhood.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.EmailAddresses;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.security.AccountService;

/** "Forgot password": asks for a username or email and answers the same whether an account matched or not. */
@Route(value = "login/forgot", layout = PublicLayout.class)
@AnonymousAllowed
class ForgotPasswordView extends Div implements HasDynamicTitle {

    private final PageTitles titles;

    ForgotPasswordView(AccountService accounts, PageTitles titles) {
        this.titles = titles;
        addClassName("content");
        addClassName("login");
        var who = new TextField(getTranslation("login.forgot.field"));
        who.setAutofocus(true);
        who.getElement().setAttribute("autocomplete", "username");
        var outcome = new Paragraph();
        outcome.getElement().setAttribute("role", "status");
        var send = new Button(getTranslation("login.forgot.submit"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.addClickListener(click -> {
            // Longer than any username or address: said, not cut short to something else that was never typed.
            who.setInvalid(who.getValue().strip().length() > EmailAddresses.MAX_LENGTH);
            if (who.isInvalid()) {
                who.setErrorMessage(getTranslation("login.forgot.too-long", EmailAddresses.MAX_LENGTH));
                return;
            }
            var accepted = accounts.requestPasswordReset(who.getValue(), getLocale());
            outcome.setText(getTranslation(accepted ? "login.forgot.sent" : "login.forgot.too-many"));
            if (accepted) {
                who.clear();
            }
        });
        add(new H1(getTranslation("login.forgot.title")), new Paragraph(getTranslation("login.forgot.intro")), who,
                new Div(send), outcome, new Anchor("login", getTranslation("login.back-to-sign-in")));
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("login.forgot.title"));
    }
}
