package org.neighbourhood.security.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.QueryParameters;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;

class SignedOutViewTest extends KaribuTest {

    @Test
    void the_signed_out_page_says_why_and_offers_to_sign_in_again() {
        UI.getCurrent().navigate("signed-out", QueryParameters.of("reason", "idle"));

        assertThat(_get(H1.class).getText()).isEqualTo("You were signed out");
        assertThat(_get(Paragraph.class, spec -> spec.withText("You were signed out because the back office was not "
                + "used for 30 minutes. This protects the account on a computer left unattended. Nothing you saved is "
                + "lost."))).isNotNull();
        assertThat(_get(Anchor.class, spec -> spec.withText("Sign in again")).getHref()).isEqualTo("login");
    }

    @Test
    void the_signed_out_page_speaks_polish_too() {
        speak(Locale.forLanguageTag("pl"));
        UI.getCurrent().navigate("signed-out", QueryParameters.of("reason", "absolute"));

        assertThat(_get(H1.class).getText()).isEqualTo("Wylogowano Cię");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(text -> text.startsWith("Wylogowano Cię, ponieważ sesja trwała już 12 godzin"));
    }
}
