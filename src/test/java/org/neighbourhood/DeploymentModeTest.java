package org.neighbourhood;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.internal.CurrentInstance;

import kotlin.jvm.functions.Function0;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neighbourhood.mail.LocalMailCatcher;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * What kind of portal starts, started as an operator would, with chosen settings: the demo only when asked
 * for, a real deployment refusing to start without its public address and mail server, and never demo
 * sign-ins beside a first administrator. A refused start costs nothing (it stops before any bean); the two
 * that start are whole applications, each on an in-memory database of its own.
 */
@ExtendWith(OutputCaptureExtension.class)
class DeploymentModeTest {

    private static final String FIRST_ADMIN_PASSWORD = "a-long-chosen-passphrase";

    @Test
    void outside_the_demo_a_start_without_public_url_and_mail_host_fails_saying_what_to_set(CapturedOutput output) {
        var refused = catchThrowableOfType(FailureAnalyzedException.class, () -> start("h2"));

        assertThat(refused.analysis().getDescription()).contains("PUBLIC_URL is not set")
                .contains("MAIL_HOST is not set");
        assertThat(refused.analysis().getAction()).contains("Set PUBLIC_URL")
                .contains("Set MAIL_HOST").contains("MAIL_CATCH_LOCALLY=true")
                .contains("SPRING_PROFILES_ACTIVE=demo");
        assertThat(output).contains("APPLICATION FAILED TO START").contains("Set PUBLIC_URL to the address");
    }

    @Test
    void outside_the_demo_a_public_url_alone_is_not_enough_and_must_be_a_web_address() {
        var noMail = catchThrowableOfType(FailureAnalyzedException.class,
                () -> start("h2", "--neighbourhood.public-url=https://neighbourhood.example.org"));
        var notAnAddress = catchThrowableOfType(FailureAnalyzedException.class,
                () -> start("h2", "--neighbourhood.public-url=neighbourhood.example.org",
                        "--spring.mail.host=smtp.example.org"));

        assertThat(noMail.analysis().getDescription()).contains("MAIL_HOST is not set")
                .doesNotContain("PUBLIC_URL");
        assertThat(notAnAddress.analysis().getDescription())
                .isEqualTo("PUBLIC_URL (neighbourhood.example.org) is not an http or https address.");
    }

    @Test
    void a_trial_with_demo_content_has_only_its_first_administrator_its_own_address_and_mail_only_for_administrators(
            CapturedOutput output) throws IOException {
        try (var context = start("h2", "--spring.datasource.url=" + database("trial"),
                "--neighbourhood.public-url=https://trial.example.org", "--neighbourhood.mail.catch-locally=true",
                "--neighbourhood.demo-data=true", "--neighbourhood.demo-accounts=true",
                "--neighbourhood.first-admin.username=chief.admin",
                "--neighbourhood.first-admin.password=" + FIRST_ADMIN_PASSWORD)) {

            assertThat(usernames(context)).containsExactly("chief.admin");
            assertThat(output).doesNotContain("Demo mode:");
            assertThat(context.getBean(LocalMailCatcher.class).isRunning()).isTrue();
            assertThat(redirectFromAdmin(context, "evil.example")).as("Location of a page that needs a sign-in")
                    .isEqualTo("https://trial.example.org/login");

            var security = context.getBean(SecurityContextHolderStrategy.class);
            inVaadin(context, () -> {
                UI.getCurrent().navigate("mailbox");
                assertThat(_get(H1.class).getText()).as("anyone is asked to sign in").isEqualTo("Sign in");

                SignedIn.as(security, "editor", "EDITOR");
                UI.getCurrent().navigate("mailbox");
                assertThat(_get(H1.class).getText()).isEqualTo("Page not found");

                SignedIn.as(security, "chief.admin", "ADMIN");
                UI.getCurrent().navigate("mailbox");
                assertThat(_get(H1.class).getText()).isEqualTo("Caught mail");
                security.clearContext();
            });
        }
    }

    @Test
    void the_demo_asked_for_a_first_administrator_creates_that_one_and_no_demo_sign_ins(CapturedOutput output) {
        try (var context = start("demo", "--spring.datasource.url=" + database("demo-with-admin"),
                "--neighbourhood.first-admin.username=chief.admin",
                "--neighbourhood.first-admin.password=" + FIRST_ADMIN_PASSWORD)) {

            assertThat(usernames(context)).containsExactly("chief.admin");
            assertThat(output).doesNotContain("Demo mode:");
        }
    }

    private static ConfigurableApplicationContext start(String profile, String... settings) {
        var arguments = new ArrayList<>(List.of("--spring.profiles.active=" + profile, "--server.port=0",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(settings));
        return new SpringApplicationBuilder(Application.class).run(arguments.toArray(String[]::new));
    }

    private static String database(String name) {
        return "jdbc:h2:mem:" + name + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    private static List<String> usernames(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select username from user_account order by username")
                .query(String.class).list();
    }

    /** Asks for a page that needs a sign-in, as a client that forges its Host header, over raw HTTP. */
    private static String redirectFromAdmin(ConfigurableApplicationContext context, String host) throws IOException {
        var port = context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /admin HTTP/1.0\r\nHost: " + host + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return response.lines().filter(line -> line.regionMatches(true, 0, "Location:", 0, 9))
                    .map(line -> line.substring(9).strip()).findFirst().orElse("(no redirect)");
        }
    }

    private static void inVaadin(ConfigurableApplicationContext context, Runnable test) {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(KaribuTest.routes(), context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
        try {
            test.run();
        } finally {
            MockVaadin.tearDown();
            CurrentInstance.clearAll();
        }
    }
}
