package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class JsonLdTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void a_text_cannot_close_the_script_element_yet_reads_back_as_it_was_written() {
        var text = "Tea & cake </script><script>alert(1)</script> \"quoted\" \\ back\nslash\u0001";

        var document = JsonLd.of("Event").with("name", text).toDocument();

        assertThat(document).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\n");
        assertThat(JSON.readTree(document).get("name").asString()).isEqualTo(text);
    }

    @Test
    void properties_keep_their_order_nodes_nest_and_missing_values_are_left_out() {
        var document = JsonLd.of("Event").with("name", "Beat meeting").with("description", null)
                .with("location", JsonLd.of("Place").with("name", "Library").with("address", null))
                .toDocument();

        assertThat(document).isEqualTo("{\"@context\":\"https://schema.org\",\"@type\":\"Event\","
                + "\"name\":\"Beat meeting\",\"location\":{\"@type\":\"Place\",\"name\":\"Library\"}}");
    }
}
