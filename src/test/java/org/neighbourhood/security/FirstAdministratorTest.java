package org.neighbourhood.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.neighbourhood.MovableClock;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;

/** FIRST_ADMIN_PASSWORD meets the same password policy as every other password. */
class FirstAdministratorTest {

    private final List<Object> saved = new ArrayList<>();

    /** An empty account table that remembers what is saved into it. */
    private final UserAccountRepository emptyAccounts = (UserAccountRepository) Proxy.newProxyInstance(
            getClass().getClassLoader(), new Class<?>[] {UserAccountRepository.class}, (proxy, method, args) -> {
                switch (method.getName()) {
                    case "count":
                        return 0L;
                    case "save":
                        saved.add(args[0]);
                        return args[0];
                    default:
                        throw new UnsupportedOperationException(method.getName());
                }
            });

    @Test
    void a_long_but_common_first_administrator_password_stops_the_start() {
        var first = firstAdministrator("password1234");

        assertThatThrownBy(() -> first.run(new DefaultApplicationArguments()))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("common password");
        assertThat(saved).isEmpty();
    }

    @Test
    void a_good_first_administrator_password_creates_an_administrator_who_need_not_change_it() {
        firstAdministrator("violet kettle under moonlight").run(new DefaultApplicationArguments());

        assertThat(saved).singleElement().isInstanceOfSatisfying(UserAccount.class, account -> {
            assertThat(account.getRoles()).containsExactly(Role.ADMIN);
            assertThat(account.mustChangePassword()).isFalse();
        });
    }

    private FirstAdministrator firstAdministrator(String password) {
        return new FirstAdministrator(emptyAccounts, PasswordEncoderFactories.createDelegatingPasswordEncoder(),
                new PasswordPolicy(), new MovableClock(), "chief.admin", password);
    }
}
