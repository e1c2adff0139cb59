package org.neighbourhood.forums.ui;

import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ui.Honeypot;
import org.neighbourhood.base.DatabaseAway;
import org.neighbourhood.forums.signup.SignUp;
import org.neighbourhood.forums.signup.SignUpService;
import org.neighbourhood.forums.signup.SignUpService.Outcome;
import org.neighbourhood.forums.signup.SignUpService.SignUpResult;

/**
 * Signing up for a session: name, email, organisation or community, accessibility needs and consent. The
 * server checks everything; a problem is shown at its field and nothing typed is lost. A field hidden
 * from people catches robots.
 */
class SignUpForm extends Div {

    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField organisation = new TextField();
    private final TextArea needs = new TextArea();
    private final Checkbox consent = new Checkbox();
    private final Honeypot honeypot;
    private final Paragraph message = new Paragraph();
    private final SignUpService signUps;
    private final long sessionId;

    SignUpForm(SignUpService signUps, long sessionId, boolean full, String forceName) {
        this.signUps = signUps;
        this.sessionId = sessionId;
        this.honeypot = new Honeypot("signup-website", getTranslation("forum.signup.honeypot"));
        addClassName("signup-form");

        name.setLabel(getTranslation("forum.signup.name"));
        name.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.NAME);
        email.setLabel(getTranslation("forum.signup.email"));
        email.setHelperText(getTranslation("forum.signup.email.help"));
        email.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.EMAIL);
        organisation.setLabel(getTranslation("forum.signup.organisation"));
        organisation.setHelperText(getTranslation("forum.signup.organisation.help"));
        organisation.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.ORGANIZATION);
        needs.setLabel(getTranslation("forum.signup.needs"));
        needs.setHelperText(getTranslation("forum.signup.needs.help"));
        consent.setLabel(getTranslation("forum.consent." + SignUpService.CONSENT_VERSION, forceName));
        for (var field : new com.vaadin.flow.component.HasSize[] {name, email, organisation, needs}) {
            field.setWidthFull();
        }
        // The server decides what is wrong; the fields only show it. No maxlength either: a browser would cut
        // what is typed without a word, where the server keeps it and says at the field what is too long.
        name.setManualValidation(true);
        email.setManualValidation(true);
        organisation.setManualValidation(true);
        needs.setManualValidation(true);
        consent.setManualValidation(true);


        message.addClassName("form-message");
        message.getElement().setAttribute("role", "alert");
        message.setVisible(false);

        var submit = new Button(getTranslation(full ? "forum.signup.submit-waiting" : "forum.signup.submit"),
                click -> submit());
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        submit.setDisableOnClick(true);
        add(message, name, email, organisation, needs, consent, honeypot, submit);
    }

    private void submit() {
        clearProblems();
        var form = new SignUp(name.getValue(), email.getValue(), organisation.getValue(), needs.getValue(),
                consent.getValue(), honeypot.getValue());
        var request = VaadinRequest.getCurrent();
        var address = request == null ? "unknown" : request.getRemoteAddr();
        @Nullable SignUpResult result;
        try {
            result = signUps.signUp(sessionId, form, getLocale(), address);
        } catch (RuntimeException failure) {
            if (!DatabaseAway.isCause(failure)) {
                throw failure;
            }
            result = null;
        }
        getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(b -> b.setEnabled(true));
        if (result == null) {
            // Nothing was stored; the fields still hold what was typed, to send again when the database is back.
            problem(getTranslation("database-away.form"));
            return;
        }
        switch (result.outcome()) {
            case EMAILED -> done(form.email().strip());
            case INVALID -> showProblems(result.problems());
            case CLOSED -> problem(getTranslation("forum.signup.closed"));
            case THROTTLED -> problem(getTranslation("forum.signup.throttled"));
        }
    }

    private void done(String address) {
        removeAll();
        var heading = new com.vaadin.flow.component.html.H3(getTranslation("forum.signup.check-email"));
        var text = new Paragraph(getTranslation("forum.signup.sent", address));
        var status = new Div(heading, text, new Paragraph(getTranslation("forum.signup.sent-next")));
        status.addClassName("form-done");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("tabindex", "-1");
        add(status);
        status.getElement().callJsFunction("focus");
    }

    private void showProblems(Map<String, String> problems) {
        problems.forEach((field, key) -> {
            HasValidation component = switch (field) {
                case "name" -> name;
                case "email" -> email;
                case "organisation" -> organisation;
                case "accessibilityNeeds" -> needs;
                default -> consent;
            };
            component.setErrorMessage(getTranslation(key));
            component.setInvalid(true);
        });
        problem(getTranslation("forum.signup.problems", problems.size()));
        var first = problems.keySet().iterator().next();
        switch (first) {
            case "name" -> name.focus();
            case "email" -> email.focus();
            case "organisation" -> organisation.focus();
            case "accessibilityNeeds" -> needs.focus();
            default -> consent.focus();
        }
    }

    private void problem(String text) {
        message.setText(text);
        message.setVisible(true);
    }

    private void clearProblems() {
        message.setVisible(false);
        for (HasValidation field : new HasValidation[] {name, email, organisation, needs, consent}) {
            field.setInvalid(false);
        }
    }
}
