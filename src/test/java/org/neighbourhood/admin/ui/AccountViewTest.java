package org.neighbourhood.admin.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.security.AccountService;
import org.neighbourhood.security.Role;
import org.neighbourhood.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.codec.binary.Base32;

/** A person's own account page: a one-time password changed, two-step sign-in turned on. */
class AccountViewTest extends KaribuTest {

    @Autowired
    AccountService accounts;

    @Autowired
    UserService users;

    @Autowired
    PageTitles titles;

    @Autowired
    Clock clock;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void someone_with_a_one_time_password_is_told_to_change_it_and_does() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var created = users.create("view.onetime." + System.nanoTime(), "One Time", null, Set.of(Role.EDITOR),
                Set.of(), null);
        SignedIn.as(securityContext, created.user().username(), "EDITOR");
        var view = open();
        assertThat(texts(view)).contains("Your password was given to you by an administrator. Choose your own before "
                + "you continue.");

        _setValue(_get(view, PasswordField.class, spec -> spec.withLabel("Current password")),
                created.temporaryPassword());
        _setValue(_get(view, PasswordField.class, spec -> spec.withLabel("New password")), "tulips on the tramline");
        _setValue(_get(view, PasswordField.class, spec -> spec.withLabel("New password again")),
                "tulips on the tramline");
        _click(_get(view, Button.class, spec -> spec.withText("Change password")));

        assertThat(texts(view)).contains("Your password is changed.");
        assertThat(accounts.mustPutAccountRight()).isFalse();
    }

    @Test
    void a_weak_or_mistyped_new_password_is_refused_with_the_reason_and_nothing_changes() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var username = "view.weak." + System.nanoTime();
        users.create(username, "Weak", null, Set.of(Role.EDITOR), Set.of(), "correct horse battery staple");
        SignedIn.as(securityContext, username, "EDITOR");
        var view = open();
        var current = _get(view, PasswordField.class, spec -> spec.withLabel("Current password"));
        var password = _get(view, PasswordField.class, spec -> spec.withLabel("New password"));
        var repeat = _get(view, PasswordField.class, spec -> spec.withLabel("New password again"));
        _setValue(current, "correct horse battery staple");

        _setValue(password, "password1234");
        _setValue(repeat, "password1234");
        _click(_get(view, Button.class, spec -> spec.withText("Change password")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo(
                "This password is one of the most common ones, which are tried first. Choose another.");

        _setValue(password, "tulips on the tramline");
        _setValue(repeat, "tulips on the tramway");
        _click(_get(view, Button.class, spec -> spec.withText("Change password")));
        assertThat(repeat.getErrorMessage()).isEqualTo("The two new passwords are not the same.");
        assertThat(texts(view)).doesNotContain("Your password is changed.");
    }

    @Test
    void two_step_sign_in_is_turned_on_with_a_code_from_the_app_and_shows_the_recovery_codes_once() throws Exception {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var username = "view.twostep." + System.nanoTime();
        users.create(username, "Two Step", null, Set.of(Role.EDITOR), Set.of(), "correct horse battery staple");
        SignedIn.as(securityContext, username, "EDITOR");
        var view = open();

        _click(_get(view, Button.class, spec -> spec.withText("Set up two-step sign-in")));
        var key = _get(view, TextField.class, spec -> spec.withLabel("Key")).getValue();
        _setValue(_get(view, TextField.class, spec -> spec.withLabel("Code from the app")), appCode(key));
        _click(_get(view, Button.class, spec -> spec.withText("Turn on")));

        assertThat(_find(view, ListItem.class)).hasSize(10);
        assertThat(accounts.ownAccount().usesTwoStep()).isTrue();
    }

    private AccountView open() {
        // Built directly: the mock request carries no signed-in user for the route's access check.
        var view = new AccountView(accounts, titles);
        UI.getCurrent().add(view);
        return view;
    }

    /** What an authenticator app shows now for this key: computed here as the app would, not by the portal. */
    private String appCode(String key) throws Exception {
        var generator = new TimeBasedOneTimePasswordGenerator();
        return generator.generateOneTimePasswordString(new SecretKeySpec(new Base32().decode(key), "HmacSHA1"),
                clock.instant());
    }

    private static java.util.List<String> texts(AccountView view) {
        return _find(view, Paragraph.class).stream().map(Paragraph::getText).toList();
    }
}
