package org.neighbourhood.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** References read out on the phone: three letters for the place, four characters nobody mistakes. */
class ReferencesTest {

    @Test
    void a_neighbourhood_is_its_first_letter_and_the_next_different_consonants() {
        assertThat(References.code("Riverside")).isEqualTo("RVS");
        assertThat(References.code("Old Town")).isEqualTo("OLD");
        assertThat(References.code("Ely")).isEqualTo("ELY");
        assertThat(References.code("Aa")).isEqualTo("AXX");
        assertThat(References.code("Łódź Żoliborz")).isEqualTo("ODZ");
    }

    @Test
    void the_force_in_general_and_a_name_without_letters_are_gen() {
        assertThat(References.code(null)).isEqualTo("GEN");
        assertThat(References.code("123")).isEqualTo("GEN");
    }

    @Test
    void the_four_characters_leave_out_those_people_confuse() {
        for (int i = 0; i < 500; i++) {
            assertThat(References.next("Riverside")).matches("RVS-[2-9A-HJKMNP-Z]{4}");
        }
        assertThat(References.ALPHABET).doesNotContain("0", "O", "1", "I", "L");
    }
}
