package org.neighbourhood.security.ui;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.security.SessionLimits;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a signed-in session that has been idle too long or has lasted too long ({@link SessionLimits}).
 *
 * <p>The servlet session cannot do this alone: an open Vaadin tab sends a heartbeat every few minutes, which
 * keeps the session alive for ever. Vaadin's {@code closeIdleSessions} ignores heartbeats, but only against
 * the servlet session timeout that anonymous visitors share, and it ends the session without saying why. So
 * this filter notes the time of every request of a signed-in session that is not a heartbeat, and the time
 * of the sign-in; anonymous visitors pass untouched.
 *
 * <p>When a limit is passed, the session is invalidated and a short-lived cookie remembers why. A page
 * request goes straight to the "you were signed out" page; a Vaadin request carries on without a session, so
 * Vaadin answers it as an expired session and the tab reloads — and that reload, finding the cookie, lands
 * on the same page.
 */
class SessionLimitsFilter extends OncePerRequestFilter {

    static final String COOKIE = "neighbourhood-signed-out";
    static final Set<String> REASONS = Set.of("idle", "absolute");
    private static final String SIGNED_IN_AT = SessionLimitsFilter.class.getName() + ".signedInAt";
    private static final String LAST_ACTIVITY = SessionLimitsFilter.class.getName() + ".lastActivity";

    private final SecurityContextHolderStrategy securityContext;
    private final SessionLimits limits;
    private final Clock clock;

    SessionLimitsFilter(SecurityContextHolderStrategy securityContext, SessionLimits limits, Clock clock) {
        this.securityContext = securityContext;
        this.limits = limits;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentication = securityContext.getContext().getAuthentication();
        if (session == null || authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            var reason = signedOutCookie(request);
            if (reason.isPresent() && isPage(request) && request.getRequestURI()
                    .startsWith(request.getContextPath() + "/admin")) {
                forget(request, response);
                response.sendRedirect(request.getContextPath() + "/signed-out?reason=" + reason.get());
                return;
            }
            chain.doFilter(request, response);
            startClocksIfSignedIn(request);
            return;
        }
        var now = clock.instant();
        var signedInAt = instant(session.getAttribute(SIGNED_IN_AT));
        if (signedInAt == null) {
            // A session signed in some other way than through this filter: its limits start now.
            signedInAt = now;
            session.setAttribute(SIGNED_IN_AT, now);
            outliveAnonymousTimeout(session);
        }
        var lastActivity = instant(session.getAttribute(LAST_ACTIVITY));
        @Nullable String reason = null;
        if (!now.isBefore(signedInAt.plus(limits.absolute()))) {
            reason = "absolute";
        } else if (lastActivity != null && !now.isBefore(lastActivity.plus(limits.idle()))) {
            reason = "idle";
        }
        if (reason == null) {
            if (!isHeartbeat(request)) {
                session.setAttribute(LAST_ACTIVITY, now);
            }
            chain.doFilter(request, response);
            return;
        }
        session.invalidate();
        securityContext.clearContext();
        if (isPage(request)) {
            response.sendRedirect(request.getContextPath() + "/signed-out?reason=" + reason);
            return;
        }
        var cookie = new Cookie(COOKIE, reason);
        cookie.setPath(cookiePath(request));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
        chain.doFilter(request, response);
    }

    /** The request that signed in (the sign-in form's post) starts both clocks of the new session. */
    private void startClocksIfSignedIn(HttpServletRequest request) {
        var authentication = securityContext.getContext().getAuthentication();
        var session = request.getSession(false);
        if (session != null && authentication != null && !(authentication instanceof AnonymousAuthenticationToken)) {
            var now = clock.instant();
            session.setAttribute(SIGNED_IN_AT, now);
            session.setAttribute(LAST_ACTIVITY, now);
            outliveAnonymousTimeout(session);
        }
    }

    /**
     * The servlet session timeout is short, for anonymous visitors (an open tab's heartbeats keep theirs); a
     * signed-in session must survive a laptop lid closed for less than the idle limit, which this filter enforces.
     */
    private void outliveAnonymousTimeout(HttpSession session) {
        var idle = (int) Math.min(Integer.MAX_VALUE, limits.idle().toSeconds() + 60);
        if (session.getMaxInactiveInterval() >= 0 && session.getMaxInactiveInterval() < idle) {
            session.setMaxInactiveInterval(idle);
        }
    }

    private static void forget(HttpServletRequest request, HttpServletResponse response) {
        var cookie = new Cookie(COOKIE, "");
        cookie.setPath(cookiePath(request));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setMaxAge(0);
        response.addCookie(cookie);
    }

    private static Optional<String> signedOutCookie(HttpServletRequest request) {
        return request.getCookies() == null ? Optional.empty() : Arrays.stream(request.getCookies())
                .filter(cookie -> COOKIE.equals(cookie.getName()) && REASONS.contains(cookie.getValue()))
                .map(Cookie::getValue).findFirst();
    }

    /** A page the browser opens, rather than one of Vaadin's own requests from an open tab. */
    private static boolean isPage(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && !vaadinRequest(request, "");
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return vaadinRequest(request, "heartbeat");
    }

    /** Read from the query string alone, so that the request body stays unread for Vaadin. */
    private static boolean vaadinRequest(HttpServletRequest request, String type) {
        var query = request.getQueryString();
        return query != null && Arrays.stream(query.split("&")).anyMatch(part -> part.startsWith("v-r=" + type));
    }

    private static String cookiePath(HttpServletRequest request) {
        return request.getContextPath().isEmpty() ? "/" : request.getContextPath();
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        return value instanceof Instant instant ? instant : null;
    }
}
