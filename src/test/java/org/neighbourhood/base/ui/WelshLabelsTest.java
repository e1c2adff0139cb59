package org.neighbourhood.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;

/** Welsh is offered because its bundle exists; its labels show without any other change. */
class WelshLabelsTest extends KaribuTest {

    @Test
    void the_language_switch_offers_cymraeg_named_in_welsh() {
        navigate("");

        var cymraeg = _get(Anchor.class, spec -> spec.withText("Cymraeg"));
        assertThat(cymraeg.getHref()).endsWith("?lang=cy");
        assertThat(cymraeg.getElement().getAttribute("lang")).isEqualTo("cy");
    }

    @Test
    void a_welsh_visitor_reads_the_home_page_labels_in_welsh() {
        speak(Locale.of("cy"));
        navigate("");

        assertThat(_get(H1.class).getText()).isEqualTo("Dewch o hyd i’ch tîm plismona cymdogaeth");
        assertThat(_find(H2.class).stream().map(H2::getText))
                .contains("Y diweddariadau diweddaraf", "Digwyddiadau i ddod");
        assertThat(_get(Anchor.class, spec -> spec.withText("Cymraeg")).getElement().getAttribute("aria-current"))
                .isEqualTo("true");
    }
}
