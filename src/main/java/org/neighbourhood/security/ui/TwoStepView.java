package org.neighbourhood.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.security.TwoStepCodeRefusedException;
import org.neighbourhood.security.TwoStepSignIn;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second step of signing in: a code from the authenticator app, or a recovery code. Open only while a
 * password has been accepted and a code is awaited; anyone else is sent to the sign-in page.
 */
@Route(value = "login/code", layout = PublicLayout.class)
@AnonymousAllowed
class TwoStepView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TwoStepSignIn twoStep;
    private final PageTitles titles;
    private final TextField code = new TextField();

    TwoStepView(TwoStepSignIn twoStep, PageTitles titles) {
        this.twoStep = twoStep;
        this.titles = titles;
        addClassName("content");
        addClassName("login");
        code.setLabel(getTranslation("login.code.field"));
        code.setAutofocus(true);
        code.setMaxLength(20);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        var submit = new Button(getTranslation("login.code.submit"), click -> submit());
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickShortcut(Key.ENTER);
        var cancel = new Button(getTranslation("login.code.cancel"), click -> {
            twoStep.cancel();
            VaadinSession.getCurrent().getSession()
                    .removeAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
        cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var buttons = new Div(submit, cancel);
        buttons.addClassName("admin-buttons");
        add(new H1(getTranslation("login.code.title")), new Paragraph(getTranslation("login.code.intro")), code,
                buttons);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (twoStep.pendingUsername().isEmpty()) {
            event.forwardTo(LoginView.class);
        }
    }

    private void submit() {
        try {
            keepSignIn(twoStep.complete(code.getValue()));
            // A full page load, so that the back office is built for the complete sign-in.
            getUI().ifPresent(ui -> ui.getPage().setLocation("admin"));
        } catch (TwoStepCodeRefusedException refused) {
            code.setErrorMessage(getTranslation(refused.messageKey()));
            code.setInvalid(true);
        } catch (IllegalStateException nothingPending) {
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        }
    }

    /** Keeps the security context of this request in the HTTP session, where the next requests find it. */
    private static void keepSignIn(Authentication signedIn) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(signedIn);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("login.code.title"));
    }
}
