package org.neighbourhood.security.ui;

import com.vaadin.flow.component.textfield.PasswordField;

import org.neighbourhood.security.AccountService;
import org.neighbourhood.security.PasswordRefusedException;

/** What every form that sets a password shares: the two fields must agree, and a refusal says why. */
public final class PasswordFields {

    public static final int MIN_LENGTH = AccountService.MIN_PASSWORD_LENGTH;

    private PasswordFields() {
    }

    /** Whether the new password and its repetition agree; marks the repetition when they do not. */
    public static boolean same(PasswordField password, PasswordField repeat) {
        var same = password.getValue().equals(repeat.getValue());
        repeat.setErrorMessage(same ? "" : repeat.getTranslation("password.mismatch"));
        repeat.setInvalid(!same);
        password.setInvalid(false);
        return same;
    }

    /** Marks the field with the reason the password was refused. */
    public static void refuse(PasswordField field, PasswordRefusedException refused) {
        field.setErrorMessage(field.getTranslation(refused.messageKey(), MIN_LENGTH));
        field.setInvalid(true);
    }
}
