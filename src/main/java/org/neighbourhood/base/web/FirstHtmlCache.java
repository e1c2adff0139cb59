package org.neighbourhood.base.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentChanges;
import org.neighbourhood.base.Languages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The first HTML of public pages for visitors without a session: the same bytes for everyone asking for one
 * address in one language, kept until content changes (any committed write, {@link ContentChanges}) or
 * {@code neighbourhood.first-html.time-to-live} passes — so a surge of residents, crawlers and link previews is
 * answered from memory, at about the cost of a static file, and starts no session.
 *
 * <p>What Vaadin answers for such a page is kept when the page gives it ({@link #keep}: a public page, for nobody
 * signed in), with the inline scripts' nonce replaced by each
 * response's own (the one its Content-Security-Policy header names) and Spring's per-session CSRF tags left out. A session that Vaadin started only to answer the first HTML of a public page
 * ({@link #PUBLIC_PAGE}) ends with the request: Flow's client starts the visitor's own when it runs, so a
 * request without script — a crawler, a link preview — leaves nothing behind.
 *
 * <p>Registered after Spring Security's filters (no order given), so every answer carries the security headers.
 */
@Component
public class FirstHtmlCache extends OncePerRequestFilter {

    /** Set by the page: this is the first HTML of a public page, and a session it started may end with it. */
    public static final String PUBLIC_PAGE = FirstHtmlCache.class.getName() + ".publicPage";
    /** Where a kept page's inline scripts take each response's own nonce. */
    public static final String NONCE = "{first-html-nonce}";
    private static final String GENERATION = FirstHtmlCache.class.getName() + ".generation";

    private static final Duration REMEMBER_LANGUAGE = Duration.ofDays(365);
    private static final Pattern NONCE_IN_POLICY = Pattern.compile("'nonce-([A-Za-z0-9+/_=-]+)'");
    private static final Pattern CSRF_TAGS = Pattern.compile("<meta name=\"_csrf[a-z_]*\" content=\"[^\"]*\">");

    private record Key(String address, Locale locale) {
    }

    /** The page in parts between the places its nonce goes. */
    private record Page(long generation, Locale locale, byte[][] parts) {

        int size() {
            return Arrays.stream(parts).mapToInt(part -> part.length).sum();
        }
    }

    private final Languages languages;
    private final ContentChanges changes;
    private final Cache<Key, Page> pages;

    FirstHtmlCache(Languages languages, ContentChanges changes,
            @Value("${neighbourhood.first-html.time-to-live:60s}") Duration timeToLive) {
        this.languages = languages;
        this.changes = changes;
        this.pages = Caffeine.newBuilder().maximumWeight(16 << 20)
                .<Key, Page>weigher((key, page) -> page.size() + key.address().length())
                .expireAfterWrite(timeToLive).build();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!mayBeFirstHtml(request) || request.getSession(false) != null) {
            chain.doFilter(request, response);
            return;
        }
        var key = new Key(address(request), languages.resolve(request.getParameter(Languages.PARAMETER),
                cookie(request), request.getHeader("Accept-Language")));
        long generation = changes.generation();
        var kept = pages.getIfPresent(key);
        if (kept != null && kept.generation() == generation) {
            // A language chosen in the address is remembered, as the page itself does when Vaadin answers it.
            languages.match(request.getParameter(Languages.PARAMETER))
                    .ifPresent(chosen -> response.addCookie(languageCookie(chosen, request)));
            serve(kept, response);
            return;
        }
        request.setAttribute(GENERATION, generation);
        try {
            chain.doFilter(request, response);
        } finally {
            var session = request.getSession(false);
            if (session != null && session.isNew() && Boolean.TRUE.equals(request.getAttribute(PUBLIC_PAGE))) {
                session.invalidate();
            }
        }
    }

    /**
     * Keeps the first HTML of a page that may be shared, as the page writes it for this request: anyone who asks
     * for the same address in the same language without a session is then given the same.
     *
     * @param html the whole document, each inline script's nonce written as {@link #NONCE}
     */
    public void keep(HttpServletRequest request, String html) {
        if (!(request.getAttribute(GENERATION) instanceof Long generation)) {
            return;
        }
        var key = new Key(address(request), languages.resolve(request.getParameter(Languages.PARAMETER),
                cookie(request), request.getHeader("Accept-Language")));
        pages.put(key, page(generation, key.locale(), html));
    }

    /**
     * A page address asked for with GET: not one of Flow's own requests ({@code v-r}), not a file (its last
     * segment has no dot), not under the addresses other handlers answer.
     */
    private static boolean mayBeFirstHtml(HttpServletRequest request) {
        if (!"GET".equals(request.getMethod()) || request.getParameter("v-r") != null) {
            return false;
        }
        var path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.startsWith("/VAADIN/") || path.startsWith("/api/") || path.startsWith("/actuator")
                || path.startsWith("/media/") || path.startsWith("/HEARTBEAT")) {
            return false;
        }
        return path.lastIndexOf('.') <= path.lastIndexOf('/');
    }

    private static String address(HttpServletRequest request) {
        var query = request.getQueryString();
        return query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query;
    }

    private static Page page(long generation, Locale locale, String html) {
        var shared = CSRF_TAGS.matcher(html).replaceAll("");
        var parts = shared.split(Pattern.quote(NONCE), -1);
        return new Page(generation, locale,
                Arrays.stream(parts).map(part -> part.getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new));
    }

    private static void serve(Page page, HttpServletResponse response) throws IOException {
        var nonce = nonce(response).orElse("").getBytes(StandardCharsets.US_ASCII);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("text/html;charset=utf-8");
        response.setHeader("Content-Language", page.locale().toLanguageTag());
        response.setHeader("Vary", "Cookie, Accept-Language");
        response.setContentLength(page.size() + nonce.length * (page.parts().length - 1));
        var out = response.getOutputStream();
        for (int i = 0; i < page.parts().length; i++) {
            if (i > 0) {
                out.write(nonce);
            }
            out.write(page.parts()[i]);
        }
    }

    /** The nonce this response's Content-Security-Policy allows inline scripts with. */
    private static Optional<String> nonce(HttpServletResponse response) {
        var policy = response.getHeader("Content-Security-Policy");
        if (policy == null) {
            return Optional.empty();
        }
        var nonce = NONCE_IN_POLICY.matcher(policy);
        return nonce.find() ? Optional.of(nonce.group(1)) : Optional.empty();
    }

    /** The cookie that remembers a visitor's choice of language for a year. */
    public static Cookie languageCookie(Locale language, HttpServletRequest request) {
        var cookie = new Cookie(Languages.COOKIE, language.toLanguageTag());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) REMEMBER_LANGUAGE.toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        return cookie;
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        var cookies = request.getCookies();
        return cookies == null ? null : Arrays.stream(cookies).filter(c -> Languages.COOKIE.equals(c.getName()))
                .map(Cookie::getValue).findFirst().orElse(null);
    }
}
