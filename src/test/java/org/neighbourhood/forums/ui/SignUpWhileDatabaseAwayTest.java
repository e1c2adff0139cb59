package org.neighbourhood.forums.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.SwitchableDataSource;
import org.neighbourhood.forums.ForumFixtures;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SessionFacts;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** The forum sign-up form, the main public form, while the database cannot be reached and once it is back. */
class SignUpWhileDatabaseAwayTest extends KaribuTest {

    @Autowired
    SwitchableDataSource database;

    @Autowired
    SeriesAdminService admin;

    @Autowired
    SecurityContextHolderStrategy security;

    @Autowired
    ForumFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures.ready();
    }

    @AfterEach
    void bringTheDatabaseBack() {
        database.bringBack();
    }

    @Test
    void a_sign_up_sent_while_the_database_is_away_says_so_keeps_what_was_typed_and_goes_through_once_it_is_back() {
        var session = fixtures.session(Duration.ofDays(10), 13, false, Set.of());
        navigate(path(session));
        var address = ForumFixtures.unique("Maud Okonkwo");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Your name")), "Maud Okonkwo");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Email address")), address);
        _setValue(_find(Checkbox.class).getFirst(), true);

        database.takeAway();
        _click(_get(Button.class, spec -> spec.withText("Sign up")));

        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("We could not send this just "
                + "now: the portal cannot reach its records for a moment. What you typed is still here; please try "
                + "again in a minute.");
        assertThat(_get(TextField.class, spec -> spec.withLabel("Your name")).getValue()).isEqualTo("Maud Okonkwo");
        assertThat(_get(EmailField.class, spec -> spec.withLabel("Email address")).getValue()).isEqualTo(address);
        assertThat(_find(Checkbox.class).getFirst().getValue()).isTrue();
        var send = _get(Button.class, spec -> spec.withText("Sign up"));
        assertThat(send.isEnabled()).as("the form can be sent again").isTrue();

        database.bringBack();
        _click(send);

        assertThat(_find(H3.class).stream().map(H3::getText)).contains("Check your email");
        assertThat(fixtures.lastMailTo(address).subject()).startsWith("Please confirm your place");
    }

    private String path(SessionFacts session) {
        SignedIn.as(security, "admin", "ADMIN");
        try {
            var series = admin.managedSeries().stream().filter(s -> s.id() == session.seriesId()).findFirst()
                    .orElseThrow();
            return "forums/" + series.slug() + "/" + session.slug();
        } finally {
            security.clearContext();
        }
    }
}
