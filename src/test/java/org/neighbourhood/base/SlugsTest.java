package org.neighbourhood.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

class SlugsTest {

    @Test
    void a_free_name_keeps_its_plain_slug() {
        assertThat(Slugs.unique("Summer fair 2026-07-04", slug -> false)).isEqualTo("summer-fair-2026-07-04");
    }

    @Test
    void a_taken_slug_gets_the_next_free_number() {
        var taken = Set.of("summer-fair", "summer-fair-2", "summer-fair-3");

        assertThat(Slugs.unique("Summer fair", taken::contains)).isEqualTo("summer-fair-4");
    }

    @Test
    void accents_and_polish_letters_are_dropped_before_comparing() {
        var taken = Set.of("zlota-lodz");

        assertThat(Slugs.unique("Złota Łódź", taken::contains)).isEqualTo("zlota-lodz-2");
    }

    @Test
    void a_long_taken_name_gives_way_to_its_number_and_stays_a_valid_slug() {
        var name = "a ".repeat(30) + "very long title about the neighbourhood";
        var plain = Slugs.of(name);
        assertThat(plain).hasSize(Slugs.MAX_LENGTH);

        var second = Slugs.unique(name, plain::equals);

        assertThat(second).endsWith("-2").hasSizeLessThanOrEqualTo(Slugs.MAX_LENGTH).isNotEqualTo(plain);
        assertThat(Slugs.isValid(second)).isTrue();
    }
}
