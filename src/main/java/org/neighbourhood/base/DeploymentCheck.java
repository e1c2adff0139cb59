package org.neighbourhood.base;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.diagnostics.FailureAnalyzedException;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Refuses to start a real deployment that lacks what only its operator can know, before anything else starts,
 * with a message that says what to set: the public address (never guessed from a request's Host header, which
 * the client chooses) and the mail server (never silently replaced by a catcher whose mail nobody reads). The
 * demo needs neither; a command-line import, which serves no one and sends nothing, is not checked.
 */
class DeploymentCheck implements EnvironmentPostProcessor, Ordered {

    static final String PUBLIC_URL = "neighbourhood.public-url";
    static final String MAIL_HOST = "spring.mail.host";
    static final String CATCH_MAIL_LOCALLY = "neighbourhood.mail.catch-locally";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (application.getWebApplicationType() == WebApplicationType.NONE || Deployment.isDemo(environment)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        List<String> actions = new ArrayList<>();
        var publicUrl = environment.getProperty(PUBLIC_URL, "");
        if (!StringUtils.hasText(publicUrl)) {
            problems.add("PUBLIC_URL is not set. Outside the demo the portal never takes its address from a "
                    + "request's Host header, which the client chooses, for canonical links, the sitemap, "
                    + "calendar files or the links in emails.");
            actions.add("Set PUBLIC_URL to the address the public reaches the portal at, such as "
                    + "https://neighbourhood.example.org.");
        } else if (!isWebAddress(publicUrl)) {
            problems.add("PUBLIC_URL (" + publicUrl + ") is not an http or https address.");
            actions.add("Set PUBLIC_URL to an address such as https://neighbourhood.example.org.");
        }
        if (!StringUtils.hasText(environment.getProperty(MAIL_HOST))
                && !environment.getProperty(CATCH_MAIL_LOCALLY, Boolean.class, false)) {
            problems.add("MAIL_HOST is not set, so the portal's emails (sign-up links, reminders) would go nowhere.");
            actions.add("Set MAIL_HOST (and MAIL_PORT, MAIL_USERNAME, MAIL_PASSWORD as your server needs) to your "
                    + "SMTP server; or, for a trial only, MAIL_CATCH_LOCALLY=true to keep every email in memory, "
                    + "undelivered, for administrators to read at /mailbox.");
        }
        if (!problems.isEmpty()) {
            actions.add("Or, to try the portal on this machine with fictional data, run the demo: "
                    + "SPRING_PROFILES_ACTIVE=" + Deployment.DEMO_PROFILE + " (what ./mvnw spring-boot:run does "
                    + "when no profile is chosen).");
            throw new FailureAnalyzedException(String.join("\n", problems), String.join("\n", actions));
        }
    }

    private static boolean isWebAddress(String value) {
        try {
            var uri = URI.create(value.strip());
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null;
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    /** After the configuration files are read, so that their profiles and values count. */
    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
