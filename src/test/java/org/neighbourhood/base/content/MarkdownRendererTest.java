package org.neighbourhood.base.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarkdownRendererTest {

    private final MarkdownRenderer markdown = new MarkdownRenderer();

    /** The HTML as a browser would build it, so that tests look at elements and attributes, not at spelling. */
    private Document page(String source) {
        return Jsoup.parseBodyFragment(markdown.toHtml(source));
    }

    @Test
    void headings_lists_emphasis_and_quotes_render() {
        var page = page("""
                ## Our priorities

                We are working on **speeding** and *parking*:

                - School Lane
                - Mill Road

                1. Patrols
                2. Signs

                > Thank you for telling us.
                """);

        assertThat(page.select("h2").text()).isEqualTo("Our priorities");
        assertThat(page.select("p strong").text()).isEqualTo("speeding");
        assertThat(page.select("p em").text()).isEqualTo("parking");
        assertThat(page.select("ul li").eachText()).containsExactly("School Lane", "Mill Road");
        assertThat(page.select("ol li").eachText()).containsExactly("Patrols", "Signs");
        assertThat(page.select("blockquote p").text()).isEqualTo("Thank you for telling us.");
    }

    @Test
    void a_top_level_heading_becomes_h2_because_the_page_title_is_the_only_h1() {
        var page = page("# Title\n\n###### Small print");

        assertThat(page.select("h1")).isEmpty();
        assertThat(page.select("h2").text()).isEqualTo("Title");
        assertThat(page.select("h4").text()).isEqualTo("Small print");
        assertThat(page.select("h5, h6")).isEmpty();
    }

    @Test
    void links_keep_their_text_and_are_marked_nofollow_noopener() {
        var page = page("Read [the plan](https://example.org/plan) or [email us](mailto:team@example.org).");

        var links = page.select("a");
        assertThat(links.eachText()).containsExactly("the plan", "email us");
        assertThat(links.eachAttr("href")).containsExactly("https://example.org/plan", "mailto:team@example.org");
        assertThat(links).allSatisfy(link -> assertThat(link.attr("rel").split(" "))
                .containsExactlyInAnyOrder("nofollow", "noopener"));
    }

    @Test
    void links_to_pages_of_this_site_are_kept() {
        var link = page("See [Castle Quarter](/neighbourhoods/castle-quarter).").selectFirst("a");

        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("/neighbourhoods/castle-quarter");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
        "vbscript:msgbox(1)", "//evil.example/page", "ftp://example.org/file"})
    void a_link_to_anything_but_the_web_or_email_loses_its_address_but_keeps_its_text(String address) {
        var page = page("Click [here](" + address + ") now");

        assertThat(page.select("a[href]")).isEmpty();
        assertThat(page.text()).isEqualTo("Click here now");
        assertThat(page.html()).doesNotContainIgnoringCase("javascript:").doesNotContainIgnoringCase("data:");
    }

    @Test
    void images_of_this_site_render_with_their_alternative_text() {
        var page = page("""
                ![Our team](/media/updates/team.jpg)

                ![The station](/brand/northshire/logo.svg)
                """);

        assertThat(page.select("img").eachAttr("src"))
                .containsExactly("/media/updates/team.jpg", "/brand/northshire/logo.svg");
        assertThat(page.select("img").eachAttr("alt")).containsExactly("Our team", "The station");
    }

    @Test
    void an_image_from_another_host_becomes_a_link_whose_text_is_its_description() {
        var page = page("See ![Officers at the *summer* fair](https://example.org/fair.jpg \"The fair\") there");

        assertThat(page.select("img")).isEmpty();
        var link = page.selectFirst("a");
        assertThat(link).isNotNull();
        assertThat(link.attr("href")).isEqualTo("https://example.org/fair.jpg");
        assertThat(link.text()).isEqualTo("Officers at the summer fair");
        assertThat(link.attr("rel")).contains("nofollow").contains("noopener");
        assertThat(page.text()).isEqualTo("See Officers at the summer fair there");
    }

    @Test
    void an_undescribed_image_from_another_host_becomes_a_link_showing_its_address() {
        var link = page("![](HTTP://example.org/a.png)").selectFirst("a");

        assertThat(link).isNotNull();
        assertThat(link.text()).isEqualTo("HTTP://example.org/a.png");
        assertThat(page("![](HTTP://example.org/a.png)").select("img")).isEmpty();
    }

    @Test
    void a_linked_image_from_another_host_keeps_its_link_and_shows_its_description() {
        var page = page("[![Our poster](https://example.org/poster.png)](/events/summer-fair)");

        assertThat(page.select("img")).isEmpty();
        assertThat(page.select("a")).hasSize(1);
        assertThat(page.selectFirst("a").attr("href")).isEqualTo("/events/summer-fair");
        assertThat(page.selectFirst("a").text()).isEqualTo("Our poster");
    }

    @ParameterizedTest
    @ValueSource(strings = {"javascript:alert(1)", "data:image/png;base64,iVBORw0KGgo=", "x", "//evil.example/a.png",
        "ftp://example.org/a.png", "https://example.org/a.png", "http://example.org/a.png"})
    void no_image_is_shown_from_anywhere_but_this_site(String address) {
        assertThat(page("![A picture](" + address + ")").select("img")).isEmpty();
    }

    @Test
    void a_script_in_the_markdown_never_reaches_the_page() {
        var page = page("""
                Hello <script>alert(1)</script>

                <script>
                alert(2)
                </script>
                """);

        assertThat(page.select("script")).isEmpty();
        assertThat(markdown.toHtml("<script>alert(1)</script>")).doesNotContainIgnoringCase("<script");
    }

    @Test
    void an_image_tag_typed_as_html_loses_its_event_handler() {
        var page = page("Look <img src=x onerror=alert(1)> here\n\n<img src=\"/a.png\" onerror=\"alert(1)\">");

        assertThat(page.select("[onerror]")).isEmpty();
        assertThat(page.select("img")).isEmpty();
    }

    @Test
    void raw_html_is_shown_as_the_text_the_editor_typed() {
        var typed = "Come to <b onclick=\"steal()\">the fair</b> <iframe src=\"https://evil.example\"></iframe>";

        var page = page(typed);

        assertThat(page.select("b, iframe, [onclick]")).isEmpty();
        assertThat(page.text()).isEqualTo(typed);
    }

    @Test
    void elements_outside_the_policy_never_appear() {
        var page = page("""
                Text

                ---

                <style>body{display:none}</style>
                <form action="https://evil.example"><input name="password"></form>
                """);

        for (Element element : page.body().getAllElements()) {
            assertThat(element.tagName()).isIn("body", "p", "code", "pre");
        }
    }

    @Test
    void tables_code_and_line_breaks_render() {
        var page = page("""
                | Day | Time |
                |:----|-----:|
                | Monday | 10:00 |

                Run `./report.sh`, then:\\
                wait.

                ```
                line one
                ```
                """);

        assertThat(page.select("table thead th").eachText()).containsExactly("Day", "Time");
        assertThat(page.select("table tbody td").eachText()).containsExactly("Monday", "10:00");
        assertThat(page.select("th").first().attr("align")).isEqualTo("left");
        assertThat(page.select("p code").text()).isEqualTo("./report.sh");
        assertThat(page.select("p br")).hasSize(1);
        assertThat(page.select("pre code").text()).isEqualTo("line one");
    }

    @Test
    void images_without_alternative_text_are_listed_for_the_editor() {
        var source = """
                ![](/media/one.jpg) and ![A described picture](/media/two.jpg)

                ![  ](https://example.org/three.png)
                """;

        assertThat(markdown.missingAltTexts(source)).containsExactly("/media/one.jpg", "https://example.org/three.png");
        assertThat(page(source).select("img").eachAttr("alt")).containsExactly("", "A described picture");
    }

    @Test
    void text_whose_images_are_all_described_has_nothing_missing() {
        assertThat(markdown.missingAltTexts("![A *bold* view](/a.png) and no other images")).isEmpty();
    }

    @Test
    void plain_text_has_no_markup_and_collapsed_whitespace() {
        var text = markdown.plainText("""
                # Speeding on School Lane

                We have   had **many** reports of [speeding](https://example.org).
                <b>Raw</b> markup goes.

                - Patrols ![a van](/van.jpg)
                - Signs &amp; `cameras`
                """, 200);

        assertThat(text).isEqualTo("Speeding on School Lane We have had many reports of speeding. Raw markup goes. "
                + "Patrols Signs & cameras");
    }

    @Test
    void plain_text_that_is_too_long_is_cut_at_a_word_with_an_ellipsis() {
        var text = markdown.plainText("Officers will be at the library on Saturday, answering questions.", 40);

        assertThat(text).isEqualTo("Officers will be at the library on…");
        assertThat(text).hasSizeLessThanOrEqualTo(40);
    }

    @Test
    void plain_text_drops_punctuation_left_dangling_before_the_ellipsis() {
        assertThat(markdown.plainText("Come along on Saturday, answering questions.", 24))
                .isEqualTo("Come along on Saturday…");
    }

    @Test
    void plain_text_within_the_limit_is_left_whole() {
        assertThat(markdown.plainText("Short *and* sweet.", 18)).isEqualTo("Short and sweet.");
    }

    @Test
    void a_single_word_longer_than_the_limit_is_cut_inside_the_word() {
        assertThat(markdown.plainText("Llanfairpwllgwyngyll", 10)).isEqualTo("Llanfairp…").hasSize(10);
    }

    @Test
    void a_limit_below_one_character_is_a_programming_error() {
        assertThatIllegalArgumentException().isThrownBy(() -> markdown.plainText("text", 0));
    }
}
