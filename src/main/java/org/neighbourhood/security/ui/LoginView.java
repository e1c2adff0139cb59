package org.neighbourhood.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.security.TwoStepSignIn;

/**
 * Sign-in for neighbourhood teams and administrators. A failure says only that the details were not right,
 * never whether the account exists. Someone whose password was right and whose account uses two-step
 * sign-in is sent on to the code step.
 */
@Route(value = "login", layout = PublicLayout.class)
@AnonymousAllowed
class LoginView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm form = new LoginForm();
    private final PageTitles titles;
    private final TwoStepSignIn twoStep;

    LoginView(PageTitles titles, TwoStepSignIn twoStep) {
        this.titles = titles;
        this.twoStep = twoStep;
        addClassName("content");
        addClassName("login");
        form.setAction("login");
        form.setForgotPasswordButtonVisible(true);
        form.addForgotPasswordListener(event -> form.getUI().ifPresent(ui -> ui.navigate(ForgotPasswordView.class)));
        form.setI18n(i18n("login.error.title", "login.error.message"));
        var intro = new Paragraph(getTranslation("login.intro"));
        add(new H1(getTranslation("login.title")), intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (twoStep.pendingUsername().isPresent()) {
            event.forwardTo(TwoStepView.class);
            return;
        }
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("throttled")) {
            form.setI18n(i18n("login.throttled.title", "login.throttled.message"));
            form.setError(true);
        } else if (parameters.containsKey("error")) {
            form.setError(true);
        }
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        var formI18n = new LoginI18n.Form();
        formI18n.setTitle(getTranslation("login.form.title"));
        formI18n.setUsername(getTranslation("login.username"));
        formI18n.setPassword(getTranslation("login.password"));
        formI18n.setSubmit(getTranslation("login.submit"));
        formI18n.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(formI18n);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation(errorTitle));
        error.setMessage(getTranslation(errorMessage));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("login.title"));
    }
}
