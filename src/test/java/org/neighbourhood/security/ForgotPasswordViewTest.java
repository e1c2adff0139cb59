package org.neighbourhood.security;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The "forgot password" page (security/ui) answers the same whether an account matched or not. */
class ForgotPasswordViewTest extends KaribuTest {

    @Autowired
    SignInLimiter limiter;

    @AfterEach
    void forgetTheRequests() {
        // The requests count against this address's allowance; leave none behind for other tests.
        limiter.forgetAll();
    }

    @Test
    void an_unknown_name_and_a_known_one_without_email_get_the_same_answer() {
        navigate("login/forgot");

        var unknown = ask("nobody." + System.nanoTime());
        var known = ask("admin");

        assertThat(unknown).isEqualTo(known).isEqualTo("If an account with an email address matches, a link is on "
                + "its way. It works once, for an hour. Check your inbox and spam folder.");
    }

    @Test
    void a_dead_reset_link_says_so_and_leads_to_a_fresh_one() {
        UI.getCurrent().navigate("login/reset", QueryParameters.of("t", "a-token-no-one-was-sent"));

        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText)
                .contains("This link has expired or has been used already. Ask for a new one.");
        assertThat(_find(PasswordField.class)).as("no form to fill in").isEmpty();
        assertThat(_get(Anchor.class, spec -> spec.withText("Ask for a new link")).getHref()).isEqualTo("login/forgot");
    }

    @Test
    void a_name_longer_than_any_account_has_is_explained_not_cut_short() {
        navigate("login/forgot");
        var typed = "x".repeat(250) + "@example.org";

        var answer = ask(typed);

        var field = _get(TextField.class, spec -> spec.withLabel("Username or email address"));
        assertThat(field.getMaxLength()).as("the browser cuts nothing off").isZero();
        assertThat(field.getValue()).isEqualTo(typed);
        assertThat(field.isInvalid()).isTrue();
        assertThat(field.getErrorMessage())
                .isEqualTo("That is longer than any username or email address (254 characters at most).");
        assertThat(answer).as("nothing was asked of the accounts").isEmpty();
    }

    private String ask(String who) {
        _setValue(_get(TextField.class, spec -> spec.withLabel("Username or email address")), who);
        _click(_get(Button.class, spec -> spec.withText("Send me a link")));
        return _find(Paragraph.class).stream().map(Paragraph::getText)
                .filter(text -> text.startsWith("If an account") || text.startsWith("Too many")).findFirst()
                .orElse("");
    }
}
