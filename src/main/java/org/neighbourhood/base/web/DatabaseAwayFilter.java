package org.neighbourhood.base.web;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Brand;
import org.neighbourhood.base.DatabaseAway;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * "We'll be back in a moment" (503, {@code Retry-After}) from the plain HTTP endpoints — the sitemap, calendar
 * files, photos — when what failed them is the database's absence, instead of a 500 that says the portal is
 * broken. Vaadin's pages have their own: the first HTML in {@code PublicPageInitializer}, navigation in
 * {@code DatabaseAwayView}. Registered after Spring Security's filters (no order given), so the security
 * headers are still written on this answer.
 */
@Component
class DatabaseAwayFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwayFilter.class);

    private final Languages languages;
    private final Messages messages;
    private final Brand brand;

    DatabaseAwayFilter(Languages languages, Messages messages, Brand brand) {
        this.languages = languages;
        this.messages = messages;
        this.brand = brand;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (response.isCommitted() || !DatabaseAway.isCause(failure)) {
                throw failure;
            }
            log.warn("The database is away: {} {} answers 503", request.getMethod(), request.getRequestURI());
            answerBackSoon(request, response);
        }
    }

    private void answerBackSoon(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var locale = languages.resolve(request.getParameter(Languages.PARAMETER), cookie(request),
                request.getHeader("Accept-Language"));
        var title = HtmlUtils.htmlEscape(messages.get("database-away.title", locale));
        var description = HtmlUtils.htmlEscape(messages.get("database-away.description", locale));
        var force = HtmlUtils.htmlEscape(brand.forceName());
        var root = request.getContextPath() + "/";
        response.resetBuffer();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader("Retry-After", String.valueOf(DatabaseAway.RETRY_AFTER.toSeconds()));
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Content-Language", locale.toLanguageTag());
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="%s">
                <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta name="robots" content="noindex"><title>%s – %s</title>
                <link rel="stylesheet" href="%s"></head>
                <body><main class="content"><p><img src="%s" alt="%s" height="48"></p>
                <h1>%s</h1><p>%s</p></main></body>
                </html>
                """.formatted(locale.toLanguageTag(), title, force, root + brand.stylesheetPath(),
                root + brand.logoPath(), force, title, description));
    }

    private static @Nullable String cookie(HttpServletRequest request) {
        return Optional.ofNullable(request.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> Languages.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
    }
}
