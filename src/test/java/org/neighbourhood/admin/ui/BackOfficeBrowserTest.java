package org.neighbourhood.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neighbourhood.BrowserTest;

class BackOfficeBrowserTest extends BrowserTest {

    @Test
    void the_back_office_asks_a_visitor_to_sign_in_first() {
        open("/admin");

        assertThat(page.url()).endsWith("/login");
        assertThat(page.textContent("h1")).isEqualTo("Sign in");
    }

    @Test
    void an_administrator_signs_in_and_every_back_office_page_passes_an_accessibility_scan() {
        signIn("admin", "demo");

        assertThat(page.textContent("h1")).isEqualTo("Back office");
        assertNoViolations("/admin");
        for (var path : new String[] {"/admin/users", "/admin/feedback", "/admin/audit"}) {
            openSettled(path);
            assertNoViolations(path);
        }
        // Newest first, and tests in other contexts (each on its own moved clock) write to the same log, so the
        // first rows need not be this sign-in; that sign-ins are audited is SignInTest's to prove.
        var header = "WhenWhoWhatSubjectDetailsAddress";
        assertThat(page.locator("vaadin-grid").first().textContent()).startsWith(header)
                .hasSizeGreaterThan(header.length() + 20);
    }

    @Test
    void the_back_office_speaks_polish_when_asked_and_remembers_it() {
        signIn("facilitator", "demo");
        page.getByText("Polski").click();
        page.waitForSelector("h1:has-text('Panel administracyjny')");
        assertNoViolations("/admin in Polish");

        openSettled("/admin/forums");
        assertThat(page.textContent("h1")).isEqualTo("Fora");
        assertNoViolations("/admin/forums in Polish");
    }

    @Test
    void an_editor_sees_only_their_own_neighbourhood_and_cannot_open_the_user_list() {
        signIn("editor.riverside", "demo");

        assertThat(page.locator("main li").allTextContents()).containsExactly("Riverside");
        open("/admin/users");
        assertThat(page.textContent("h1")).isNotEqualTo("Users");
    }

    @Test
    void a_wrong_password_keeps_the_visitor_on_the_sign_in_page_with_a_plain_message() {
        open("/login");
        page.fill("vaadin-login-form input[name=username]", "admin");
        page.fill("vaadin-login-form input[name=password]", "wrong");
        page.keyboard().press("Enter");
        page.waitForURL("**/login?error");
        page.waitForSelector("text=Those details are not right");
        assertNoViolations("/login?error");
    }
}
