package org.neighbourhood.feedback.ui;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.Cookie;

import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;

import org.neighbourhood.feedback.ConcernService;

/**
 * The random token by which "voice a concern" knows a browser it has counted: a cookie holding nothing but that
 * token, set only when the visitor presses a concern, and kept in the session too so that a browser refusing
 * cookies still counts once for as long as it stays.
 */
final class BrowserToken {

    static final String COOKIE = "concern-voter";
    /** Long enough to outlast the month the counts are kept by; the month is part of what is stored. */
    private static final Duration KEPT = Duration.ofDays(32);

    private BrowserToken() {
    }

    /** The browser's token, when it has one. */
    static Optional<String> current() {
        var session = VaadinSession.getCurrent();
        if (session != null && session.getAttribute(COOKIE) instanceof String kept) {
            return Optional.of(kept);
        }
        var request = VaadinRequest.getCurrent();
        var cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies)
                .filter(cookie -> COOKIE.equals(cookie.getName()) && cookie.getValue().matches("[A-Za-z0-9_-]{20,100}"))
                .map(Cookie::getValue)
                .findFirst();
    }

    /** The browser's token, issuing one (in a cookie, and in the session) when it has none. */
    static String currentOrIssue() {
        var token = current().orElseGet(ConcernService::newBrowserToken);
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(COOKIE, token);
        }
        var response = VaadinResponse.getCurrent();
        var request = VaadinRequest.getCurrent();
        if (response != null) {
            var cookie = new Cookie(COOKIE, token);
            cookie.setPath("/");
            cookie.setMaxAge((int) KEPT.toSeconds());
            cookie.setHttpOnly(true);
            cookie.setSecure(request != null && request.isSecure());
            cookie.setAttribute("SameSite", "Lax");
            response.addCookie(cookie);
        }
        return token;
    }
}
