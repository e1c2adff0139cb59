package org.neighbourhood.base;

import java.net.URI;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The address the public reaches the portal at, for canonical links, link previews, the sitemap, calendar
 * files and links in emails: the configured {@code neighbourhood.public-url} (PUBLIC_URL). Never the Host
 * header of a request, which the client chooses and a cache may then repeat to everyone. Only the demo may
 * leave it unset ({@link DeploymentCheck} refuses to start anything else): it is then
 * {@code http://localhost:} the port the portal listens on.
 */
@Component
public class PublicAddress {

    private final String configured;
    private final Environment environment;

    PublicAddress(@Value("${neighbourhood.public-url:}") String configured, Environment environment) {
        this.configured = configured.strip().replaceAll("/+$", "");
        this.environment = environment;
    }

    /** The configured address, if any: always outside the demo. */
    Optional<URI> configured() {
        return configured.isEmpty() ? Optional.empty() : Optional.of(URI.create(configured));
    }

    /** Scheme, host, port where not the default, and any path the portal is under; no trailing slash. */
    public String base() {
        if (!configured.isEmpty()) {
            return configured;
        }
        // The port actually bound, which differs from server.port when that is 0 (a free one, as in tests).
        int port = environment.getProperty("local.server.port", Integer.class,
                environment.getProperty("server.port", Integer.class, 8080));
        return "http://localhost:" + (port > 0 ? port : 8080);
    }
}
