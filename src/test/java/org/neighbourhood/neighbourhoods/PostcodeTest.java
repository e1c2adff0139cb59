package org.neighbourhood.neighbourhoods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PostcodeTest {

    @Test
    void a_full_postcode_in_any_case_and_spacing_is_normalised() {
        for (var typed : new String[] {" ns14ab ", "NS1 4AB", "ns1 4ab", "Ns1    4aB", "N S 1 4 A B", "\tNS14AB\n",
                "NS1\u00A04AB"}) {
            var postcode = Postcode.parse(typed);

            assertThat(postcode).as(typed).isPresent();
            assertThat(postcode.get().toString()).as(typed).isEqualTo("NS1 4AB");
            assertThat(postcode.get().outward()).as(typed).isEqualTo("NS1");
            assertThat(postcode.get().inward()).as(typed).isEqualTo("4AB");
            assertThat(postcode.get().isFull()).as(typed).isTrue();
        }
    }

    @Test
    void an_outward_code_on_its_own_is_read_as_an_outward_code() {
        var postcode = Postcode.parse(" ns1 ").orElseThrow();

        assertThat(postcode.outward()).isEqualTo("NS1");
        assertThat(postcode.inward()).isNull();
        assertThat(postcode.isFull()).isFalse();
        assertThat(postcode).hasToString("NS1");
    }

    @ParameterizedTest
    @CsvSource({
        "m1 1ae,    M1 1AE,   M1",
        "b338th,    B33 8TH,  B33",
        "cr2 6xh,   CR2 6XH,  CR2",
        "DN551PT,   DN55 1PT, DN55",
        "w1a 0ax,   W1A 0AX,  W1A",
        "ec1a1bb,   EC1A 1BB, EC1A"
    })
    void every_uk_format_of_full_postcode_is_read(String typed, String normalised, String outward) {
        var postcode = Postcode.parse(typed).orElseThrow();

        assertThat(postcode).hasToString(normalised);
        assertThat(postcode.outward()).isEqualTo(outward);
        assertThat(postcode.isFull()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"my house", "ZZ9 9Z", "", "   ", "NS", "NS4AB", "ABC1 1AA", "NS1 4A1", "NS1 AAB", "1NS 4AB",
        "NS12 34AB", "NS1-4AB", "NS1 4AB!"})
    void text_that_is_not_a_postcode_is_rejected(String typed) {
        assertThat(Postcode.parse(typed)).isEmpty();
    }

    @Test
    void input_longer_than_twice_the_longest_postcode_is_rejected_unread() {
        var longest = "NS1 4AB" + " ".repeat(Postcode.MAX_INPUT_LENGTH * 2 - 7);
        var tooLong = longest + " ";

        assertThat(Postcode.parse(longest)).isPresent();
        assertThat(Postcode.parse(tooLong)).isEmpty();
        assertThat(Postcode.parse("NS1 4AB".repeat(1000))).isEmpty();
    }

    @Test
    void a_postcode_cannot_be_made_of_parts_that_are_not_a_postcode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Postcode("my house", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Postcode("ns1", null));
        assertThatIllegalArgumentException().isThrownBy(() -> new Postcode("NS1", "4A"));
        assertThatIllegalArgumentException().isThrownBy(() -> new Postcode("NS1", "AAB"));
    }

    @Test
    void the_key_of_a_full_postcode_differs_from_the_key_of_its_outward_code() {
        var full = Postcode.parse("NS1 4AB").orElseThrow();
        var outward = Postcode.parse("NS1").orElseThrow();

        assertThat(full.key()).isNotEqualTo(outward.key());
        assertThat(full.key()).isEqualTo(Postcode.parse("ns14ab").orElseThrow().key());
    }

    @Test
    void different_postcodes_have_different_keys() {
        var keys = Stream.of("A1 1AA", "A11 1AA", "AA1 1AA", "AA11 1AA", "A1A 1AA", "AA1A 1AA", "A1 1AB", "B1 1AA",
                "A1", "A11", "AA1", "AA11", "A1A", "AA1A", "ZZ99 9ZZ", "Z9 9ZZ")
                .map(text -> Postcode.parse(text).orElseThrow().key())
                .toList();

        assertThat(keys).doesNotHaveDuplicates();
        assertThat(keys).allMatch(key -> key > 0 && key < 1L << 42);
    }
}
