package org.neighbourhood.base;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address the public reaches the portal at, for canonical links, link previews, the sitemap and links in
 * emails: the configured {@code neighbourhood.public-url}, or else the one each request came in on (or, with
 * no request, as for an email, {@code http://localhost:} the server's port).
 */
@Component
public class PublicAddress {

    private final String configured;
    private final String local;

    PublicAddress(@Value("${neighbourhood.public-url:}") String configured,
            @Value("${server.port:8080}") int port) {
        this.configured = configured.replaceAll("/+$", "");
        this.local = "http://localhost:" + (port > 0 ? port : 8080);
    }

    /**
     * Scheme, host and port, no trailing slash, without a request: for absolute links in emails, which are
     * written by services and sent later. The configured address, or else {@code http://localhost:} the port.
     */
    public String base() {
        return configured.isEmpty() ? local : configured;
    }

    /** Scheme, host, port where not the default, and context path; no trailing slash. */
    public String base(HttpServletRequest request) {
        if (!configured.isEmpty()) {
            return configured;
        }
        var port = request.getServerPort();
        var defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return request.getScheme() + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath();
    }
}
