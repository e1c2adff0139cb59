package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;

import org.junit.jupiter.api.Test;
import org.neighbourhood.KaribuTest;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.ContentChanges;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/** A static part of a page as one element, built once and shared by every visitor until content changes. */
class LightTreesTest extends KaribuTest {

    @Autowired
    ContentChanges changes;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void a_part_is_one_element_with_the_markup_of_the_components_and_the_same_string_for_every_visitor() {
        var light = new LightTrees(changes, true, Duration.ofMinutes(1));
        var builds = new AtomicInteger();

        var first = light.of("test/section", Locale.ENGLISH, () -> part(builds));
        var second = light.of("test/section", Locale.ENGLISH, () -> part(builds));

        assertThat(builds).hasValue(1);
        assertThat(first.getElement().getTag()).isEqualTo("section");
        assertThat(first.getElement().getAttribute("class")).isEqualTo("team");
        assertThat(first.getElement().getChildCount()).as("no tree of nodes below it").isZero();
        assertThat((String) first.getElement().getPropertyRaw("innerHTML"))
                .isEqualTo("<h2>Your team</h2><a href=\"officers/helen-marsh\">Insp Helen Marsh</a>")
                .isSameAs(second.getElement().getPropertyRaw("innerHTML"));
        assertThat(light.of("test/section", Locale.of("pl"), () -> part(builds))).isNotNull();
        assertThat(builds).as("each language is built on its own").hasValue(2);
    }

    @Test
    void a_committed_change_builds_the_part_again() {
        var light = new LightTrees(changes, true, Duration.ofMinutes(1));
        var builds = new AtomicInteger();
        light.of("test/changing", Locale.ENGLISH, () -> part(builds));

        SignedIn.as(securityContext, "admin", "ADMIN");
        var riverside = neighbourhoods.findBySlug("riverside").orElseThrow();
        var editable = neighbourhoods.editableContact(riverside.id());
        neighbourhoods.updateContact(riverside.id(), editable.version(), editable.contact());
        light.of("test/changing", Locale.ENGLISH, () -> part(builds));

        assertThat(builds).hasValue(2);
    }

    @Test
    void with_light_trees_off_the_components_themselves_are_given() {
        var light = new LightTrees(changes, false, Duration.ofMinutes(1));

        var part = light.of("test/off", Locale.ENGLISH, () -> part(new AtomicInteger()));

        assertThat(part).isInstanceOf(Section.class);
        assertThat(part.getChildren()).hasSize(2);
    }

    private static Section part(AtomicInteger builds) {
        builds.incrementAndGet();
        var section = new Section(new H2("Your team"), new Anchor("officers/helen-marsh", "Insp Helen Marsh"));
        section.addClassName("team");
        return section;
    }
}
