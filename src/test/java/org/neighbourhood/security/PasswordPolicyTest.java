package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private final PasswordPolicy policy = new PasswordPolicy();

    @ParameterizedTest(name = "{0} is refused: {1}")
    @CsvSource({
        "demo, password.too-short",
        "elevenchars, password.too-short",
        "1q2w3e4r5t6y, password.common",
        "QWERTY123456, password.common",
        "password1234, password.common",
        "sunshine2024!, password.common",
        "abcabcabcabc, password.common",
        "aaaaaaaaaaaaaaaa, password.common"
    })
    void short_and_common_passwords_are_refused(String password, String reason) {
        assertThatThrownBy(() -> policy.check(password)).isInstanceOf(PasswordRefusedException.class)
                .hasMessage(reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "violet-kettle-42-moon", "Zx9!qL2#mN7$"})
    void long_uncommon_passwords_are_accepted(String password) {
        assertThatCode(() -> policy.check(password)).doesNotThrowAnyException();
    }
}
