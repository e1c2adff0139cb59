package org.neighbourhood.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SwitchableDataSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Navigating to a page that needs the database while it cannot be reached, and once it is back. */
class DatabaseAwayViewTest extends KaribuTest {

    @Autowired
    SwitchableDataSource database;

    @AfterEach
    void bringTheDatabaseBack() {
        database.bringBack();
    }

    @Test
    void a_page_opened_while_the_database_is_away_says_we_will_be_back_in_the_visitors_language_then_works_again() {
        database.takeAway();

        navigate("neighbourhoods/riverside");
        assertThat(_get(H1.class).getText()).isEqualTo("We'll be back in a moment");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("We'll be back in a moment – Northshire Police");
        assertThat(_get(Anchor.class, spec -> spec.withText("Try again")).getHref())
                .isEqualTo("neighbourhoods/riverside");

        speak(Locale.forLanguageTag("pl"));
        navigate("neighbourhoods/riverside");
        assertThat(_get(H1.class).getText()).isEqualTo("Zaraz wracamy");

        database.bringBack();
        speak(Locale.ENGLISH);
        navigate("neighbourhoods/riverside");
        assertThat(_get(H1.class).getText()).startsWith("Riverside");
    }
}
