package org.neighbourhood.mail;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which typed names an email may greet by. */
class MailNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"Adaeze Morrow", "Mary-Jane O'Neil", "J. R. Tolkien", "Łucja Żółćkiewicz", "Zoë",
        "Nguyễn Thị Minh Khai", "Siân O’Connor", "محمد علي"})
    void a_plain_name_is_greeted_by(String name) {
        assertThat(MailNames.greetable(name)).contains(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Win a prize at http://spam.example", "www.spam.example", "spam.example",
        "<b>Bold</b>", "Anna <script>", "anna@example.org", "12345", "Agent 007", "Call +44 7700 900123",
        "Click here to claim your free prize today", "Anna; DROP TABLE", "=HYPERLINK(1)", "   ", "a/b",
        "Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
    void anything_that_does_not_look_like_a_name_is_left_out(String typed) {
        assertThat(MailNames.greetable(typed)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void spaces_and_line_breaks_are_tidied_into_single_spaces() {
        assertThat(MailNames.greetable("  Anna \n\t Nowak ")).contains("Anna Nowak");
    }
}
