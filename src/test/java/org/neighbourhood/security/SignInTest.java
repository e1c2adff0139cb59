package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Signing in over real HTTP, as the sign-in form does it. Tests that throttle use accounts of their own and
 * leave the limits as they found them, so the suite passes in any order.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SignInTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private static final String PASSWORD = "correct horse battery staple";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserService users;

    @Autowired
    SignInLimiter limiter;

    @Autowired
    AccountAuthentication authentication;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void the_demo_editor_signs_in_gets_a_new_session_and_the_sign_in_is_audited() throws Exception {
        var browser = new Browser();
        var sessionBefore = browser.openSignIn();

        var response = browser.signIn("editor.riverside", "demo");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).doesNotContain("error"));
        assertThat(browser.session()).as("the session id changes on sign-in").isNotEqualTo(sessionBefore);
        assertThat(lastAudit("editor.riverside")).isEqualTo("sign-in");
    }

    @Test
    void a_wrong_password_and_an_unknown_account_get_the_same_answer_and_are_audited() throws Exception {
        var browser = new Browser();
        browser.openSignIn();
        var wrongPassword = browser.signIn("admin", "not-the-password");
        browser.openSignIn();
        var noSuchAccount = browser.signIn("nobody.at.all", "whatever");

        assertThat(wrongPassword.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?error"));
        assertThat(noSuchAccount.headers().firstValue("Location"))
                .isEqualTo(wrongPassword.headers().firstValue("Location"));
        assertThat(lastAudit("admin")).isEqualTo("sign-in.failed");
        assertThat(lastAudit("nobody.at.all")).isEqualTo("sign-in.failed");
    }

    @Test
    void after_five_wrong_attempts_from_one_address_even_the_right_password_from_there_waits() throws Exception {
        var account = newAccount();
        var browser = new Browser();
        for (int i = 0; i < 5; i++) {
            browser.openSignIn();
            browser.signIn(account, "guess-" + i);
        }
        browser.openSignIn();
        var response = browser.signIn(account, PASSWORD);

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login?throttled"));
    }

    @Test
    void a_burst_of_wrong_passwords_from_another_address_does_not_keep_the_owner_out() {
        var account = newAccount();
        for (int i = 0; i < 25; i++) {
            var guess = attempt(account, "guess-" + i, "10.6.6." + (i % 3));
            assertThatThrownBy(() -> authentication.authenticate(guess)).isInstanceOf(AuthenticationException.class);
        }

        var owner = authentication.authenticate(attempt(account, PASSWORD, "192.168.1.20"));

        assertThat(owner.isAuthenticated()).isTrue();
        assertThat(owner.getName()).isEqualTo(account);
    }

    @Test
    void an_account_with_two_step_sign_in_gets_only_as_far_as_the_code_step_with_its_password() throws Exception {
        var account = newAccount();
        jdbc.sql("update user_account set totp_secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' where username = ?")
                .param(account).update();
        var browser = new Browser();
        browser.openSignIn();

        var response = browser.signIn(account, PASSWORD);

        assertThat(response.headers().firstValue("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith("/login/code"));
        assertThat(lastAudit(account)).isEqualTo("sign-in.password-accepted");
        var pending = authentication.authenticate(attempt(account, PASSWORD, "192.168.1.21"));
        assertThat(pending).isInstanceOf(SecondStepPending.class);
        assertThat(pending.isAuthenticated()).as("a password alone is no sign-in").isFalse();
        assertThat(pending.getAuthorities()).isEmpty();
    }

    @AfterEach
    void forgetTheAttempts() {
        // This class throttles on purpose; no other test should meet its limits.
        limiter.forgetAll();
    }

    private String newAccount() {
        var username = "signin." + System.nanoTime();
        SignedIn.as(securityContext, "admin", "ADMIN");
        try {
            users.create(username, "Sign-in Test", null, Set.of(Role.EDITOR), Set.of(), PASSWORD);
        } finally {
            securityContext.clearContext();
        }
        return username;
    }

    private static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        token.setDetails(new WebAuthenticationDetails(address, null));
        return token;
    }

    private String lastAudit(String actor) {
        return jdbc.sql("select action from audit_event where actor = ? order by id desc limit 1")
                .param(actor).query(String.class).single();
    }

    private final class Browser {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        private String csrf = "";

        String openSignIn() throws Exception {
            var page = client.send(HttpRequest.newBuilder(uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString());
            var matcher = CSRF.matcher(page.body());
            assertThat(matcher.find()).as("the sign-in page carries a CSRF token").isTrue();
            csrf = matcher.group(1);
            return session();
        }

        HttpResponse<String> signIn(String username, String password) throws Exception {
            var form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf);
            return client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String session() {
            return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                    .map(java.net.HttpCookie::getValue).findFirst().orElse("");
        }

        private URI uri(String path) {
            return URI.create("http://localhost:" + port + path);
        }

        private static String encode(String value) {
            return URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }
}
