package org.neighbourhood.api.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.base.ui.PageMetadataResolver;
import org.springframework.beans.factory.annotation.Autowired;

class ApiViewTest extends KaribuTest {

    @Autowired
    PageMetadataResolver pages;

    @Test
    void the_page_lists_every_address_with_a_live_example_and_the_licence() {
        navigate("api");

        assertThat(_get(H1.class).getText()).isEqualTo("Open data");
        var addresses = _find(H3.class).stream().map(h3 -> h3.getElement().getTextRecursively()).toList();
        assertThat(addresses).contains("/forces", "/forces/northshire", "/forces/northshire/people",
                "/northshire/neighbourhoods", "/v1/languages", "/v1/northshire/forums")
                .anyMatch(path -> path.matches("/northshire/[a-z-]+/priorities"))
                .anyMatch(path -> path.matches("/northshire/[a-z-]+/boundary"))
                .anyMatch(path -> path.startsWith("/locate-neighbourhood?q="));
        var examples = _find(Pre.class).stream().map(Pre::getText).toList();
        assertThat(examples).hasSameSizeAs(addresses)
                .anyMatch(example -> example.contains("\"issue-date\""))
                .anyMatch(example -> example.contains("\"neighbourhood\" : \""));
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref).toList())
                .contains(ApiView.LICENCE, "/api/openapi.json");
    }

    @Test
    void the_page_and_its_examples_are_in_the_readers_language() {
        speak(Locale.of("cy"));
        navigate("api");

        assertThat(_get(H1.class).getText()).isEqualTo("Data agored");
        assertThat(_find(Pre.class).stream().map(Pre::getText).toList())
                .anyMatch(example -> example.contains("Fforymau cymunedol"));
    }

    @Test
    void its_first_html_describes_it() {
        var metadata = pages.describe("api", Locale.ENGLISH);
        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.title()).startsWith("Open data");
        assertThat(metadata.description()).contains("open data API");
    }
}
