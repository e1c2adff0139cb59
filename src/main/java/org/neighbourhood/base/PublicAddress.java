package org.neighbourhood.base;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address the public reaches the portal at, for canonical links, link previews and the sitemap: the
 * configured {@code neighbourhood.public-url}, or else the one each request came in on.
 */
@Component
public class PublicAddress {

    private final String configured;

    PublicAddress(@Value("${neighbourhood.public-url:}") String configured) {
        this.configured = configured.replaceAll("/+$", "");
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
