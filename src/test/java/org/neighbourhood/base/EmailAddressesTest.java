package org.neighbourhood.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    @ParameterizedTest
    @ValueSource(strings = {"riverside@northshire.police.uk", "a@b.co", "first.last+forum@example.org",
            "łucja@przykład.pl", "o'brien@example.ie"})
    void ordinary_addresses_are_accepted(String address) {
        assertThat(EmailAddresses.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "riverside", "riverside@", "@northshire.police.uk", "riverside@localhost",
            "riverside@northshire", "two@at@signs.uk", "space in@example.org", "riverside@example.org ",
            "riverside@.example.org", "riverside@example..org", "riverside@example.org.", "riverside@@example.org"})
    void things_that_are_not_addresses_are_refused(String address) {
        assertThat(EmailAddresses.isValid(address)).isFalse();
    }

    @Test
    void an_address_longer_than_smtp_carries_is_refused() {
        var domain = "@" + "a".repeat(60) + ".example.org";
        var longest = "x".repeat(EmailAddresses.MAX_LENGTH - domain.length()) + domain;

        assertThat(EmailAddresses.isValid(longest)).isTrue();
        assertThat(EmailAddresses.isValid("x" + longest)).isFalse();
    }
}
