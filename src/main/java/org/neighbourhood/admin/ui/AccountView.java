package org.neighbourhood.admin.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.security.AccountService;
import org.neighbourhood.security.AccountService.TwoStepSetup;
import org.neighbourhood.security.PasswordRefusedException;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.TwoStepCodeRefusedException;
import org.neighbourhood.security.ui.PasswordFields;

/**
 * Each person's own account: their password, and two-step sign-in with its recovery codes. It is also
 * where an account that must be put right first (an administrator's one-time password, two-step required of
 * administrators) is sent until it is.
 */
@Route(value = "admin/account", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR", "FACILITATOR", Permissions.LINKED_OFFICER_ROLE})
class AccountView extends Main implements HasDynamicTitle {

    private final AccountService accounts;
    private final PageTitles titles;
    private final Paragraph notice = new Paragraph();
    private final PasswordField current = new PasswordField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Paragraph passwordOutcome = new Paragraph();
    private final Div twoStep = new Div();

    AccountView(AccountService accounts, PageTitles titles) {
        this.accounts = accounts;
        this.titles = titles;
        addClassName("admin-content");
        notice.addClassName("admin-notice");
        notice.getElement().setAttribute("role", "alert");
        current.setLabel(getTranslation("password.current"));
        current.getElement().setAttribute("autocomplete", "current-password");
        password.setLabel(getTranslation("password.new"));
        password.setHelperText(getTranslation("password.helper", PasswordFields.MIN_LENGTH));
        password.getElement().setAttribute("autocomplete", "new-password");
        repeat.setLabel(getTranslation("password.repeat"));
        repeat.getElement().setAttribute("autocomplete", "new-password");
        var change = new Button(getTranslation("admin.account.password.change"), click -> changePassword());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        passwordOutcome.getElement().setAttribute("role", "status");
        add(new H1(getTranslation("admin.account.title")), notice,
                new H2(getTranslation("admin.account.password.heading")), current, password, repeat,
                new Div(change), passwordOutcome, new H2(getTranslation("admin.account.two-step.heading")), twoStep);
        refresh();
    }

    private void refresh() {
        var own = accounts.ownAccount();
        notice.setText(own.mustChangePassword() ? getTranslation("admin.account.must-change")
                : own.mustSetUpTwoStep() ? getTranslation("admin.account.must-set-up-two-step") : "");
        notice.setVisible(own.blocked());
        twoStep.removeAll();
        if (own.usesTwoStep()) {
            var confirmPassword = new PasswordField(getTranslation("password.current"));
            var off = new Button(getTranslation("admin.account.two-step.turn-off"), click -> {
                try {
                    accounts.turnOffTwoStep(confirmPassword.getValue());
                    refresh();
                    passwordOutcome.setText(getTranslation("admin.account.two-step.turned-off"));
                } catch (PasswordRefusedException refused) {
                    PasswordFields.refuse(confirmPassword, refused);
                }
            });
            twoStep.add(new Paragraph(getTranslation("admin.account.two-step.on", own.recoveryCodesLeft())),
                    confirmPassword, new Div(off));
        } else {
            var setUp = new Button(getTranslation("admin.account.two-step.set-up"), click -> setUp());
            setUp.addThemeVariants(own.mustSetUpTwoStep() ? new ButtonVariant[] {ButtonVariant.LUMO_PRIMARY}
                    : new ButtonVariant[0]);
            twoStep.add(new Paragraph(getTranslation("admin.account.two-step.off")), new Div(setUp));
        }
    }

    private void changePassword() {
        passwordOutcome.setText("");
        current.setInvalid(false);
        if (!PasswordFields.same(password, repeat)) {
            return;
        }
        try {
            accounts.changeOwnPassword(current.getValue(), password.getValue());
            current.clear();
            password.clear();
            repeat.clear();
            passwordOutcome.setText(getTranslation("admin.account.password.changed"));
            refresh();
        } catch (PasswordRefusedException refused) {
            PasswordFields.refuse(refused.messageKey().equals("password.current-wrong") ? current : password,
                    refused);
        }
    }

    /** Shows a new secret as a QR code, a key and a link, and turns two-step on once a code matches it. */
    private void setUp() {
        var setup = accounts.startTwoStep();
        var code = new TextField(getTranslation("admin.account.two-step.code"));
        code.setMaxLength(8);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.getElement().setAttribute("inputmode", "numeric");
        var key = new TextField(getTranslation("admin.account.two-step.key"));
        key.setValue(setup.secret());
        key.setReadOnly(true);
        key.setWidthFull();
        var confirm = new Button(getTranslation("admin.account.two-step.confirm"), click -> {
            try {
                showRecoveryCodes(accounts.confirmTwoStep(setup.secret(), code.getValue()));
            } catch (TwoStepCodeRefusedException refused) {
                code.setErrorMessage(getTranslation(refused.messageKey()));
                code.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var appLink = new Anchor();
        appLink.setText(getTranslation("admin.account.two-step.link"));
        // otpauth: is what authenticator apps register for; the address is built by the service, never typed.
        appLink.setUnsafeHref(setup.otpauthUri());
        twoStep.removeAll();
        twoStep.add(new Paragraph(getTranslation("admin.account.two-step.scan")), qrCode(setup), key,
                new Paragraph(appLink), code, new Div(confirm));
    }

    private void showRecoveryCodes(List<String> codes) {
        notice.setVisible(false);
        twoStep.removeAll();
        var list = new UnorderedList();
        list.addClassName("recovery-codes");
        codes.forEach(code -> list.add(new ListItem(code)));
        twoStep.add(new Paragraph(getTranslation("admin.account.two-step.recovery")), list);
    }

    private Image qrCode(TwoStepSetup setup) {
        var image = new Image(setup.qrCodeDataUri(), getTranslation("admin.account.two-step.qr"));
        image.setWidth("200px");
        image.setHeight("200px");
        return image;
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.account.title"));
    }
}
