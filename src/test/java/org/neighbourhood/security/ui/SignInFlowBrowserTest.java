package org.neighbourhood.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;
import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.security.AccountService;
import org.neighbourhood.security.Role;
import org.neighbourhood.security.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** Signing in as people do, in a browser: a one-time password to replace, and a two-step code. */
class SignInFlowBrowserTest extends BrowserTest {

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    UserService users;

    @Autowired
    AccountService accounts;

    @Autowired
    MovableClock clock;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    private Duration moved = Duration.ZERO;

    @AfterEach
    void putTheClockBack() {
        clock.advance(moved.negated());
        securityContext.clearContext();
    }

    @Test
    void someone_with_a_one_time_password_can_open_nothing_but_their_account_page_until_they_change_it() {
        SignedIn.as(securityContext, "admin", "ADMIN");
        var created = users.create("browser.onetime." + System.nanoTime(), "One Time", null, Set.of(Role.EDITOR),
                Set.of(), null);
        securityContext.clearContext();

        signIn(created.user().username(), created.temporaryPassword());
        assertThat(page.textContent("h1")).isEqualTo("My account");
        open("/admin/priorities");
        assertThat(page.textContent("h1")).isEqualTo("My account");

        page.getByLabel("Current password").fill(created.temporaryPassword());
        page.getByLabel("New password", new com.microsoft.playwright.Page.GetByLabelOptions().setExact(true))
                .fill("tulips on the tramline");
        page.getByLabel("New password again").fill("tulips on the tramline");
        page.getByText("Change password").click();
        page.waitForSelector("text=Your password is changed.");

        open("/admin/priorities");
        assertThat(page.textContent("h1")).isNotEqualTo("My account");
    }

    @Test
    void an_account_with_two_step_sign_in_asks_for_the_code_after_the_password() throws Exception {
        var username = "browser.twostep." + System.nanoTime();
        SignedIn.as(securityContext, "admin", "ADMIN");
        users.create(username, "Two Step", null, Set.of(Role.EDITOR), Set.of(), PASSWORD);
        SignedIn.as(securityContext, username, "EDITOR");
        var setup = accounts.startTwoStep();
        accounts.confirmTwoStep(setup.secret(), appCode(setup.secret()));
        securityContext.clearContext();
        // The app's next code: the one just used to turn two-step on is spent.
        clock.advance(Duration.ofSeconds(30));
        moved = Duration.ofSeconds(30);

        open("/login");
        page.fill("vaadin-login-form input[name=username]", username);
        page.fill("vaadin-login-form input[name=password]", PASSWORD);
        page.click("vaadin-login-form vaadin-button[slot=submit], vaadin-login-form vaadin-button");
        page.waitForURL("**/login/code");
        assertThat(page.textContent("h1")).isEqualTo("Enter your code");
        open("/admin");
        assertThat(page.textContent("h1")).as("the password alone opens nothing").isEqualTo("Enter your code");

        page.getByLabel("Code").fill(appCode(setup.secret()));
        page.getByText("Continue").click();
        page.waitForURL("**/admin");
        page.waitForSelector("h1:has-text('Back office')");
    }

    private String appCode(String secret) throws Exception {
        return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), clock.instant());
    }
}
