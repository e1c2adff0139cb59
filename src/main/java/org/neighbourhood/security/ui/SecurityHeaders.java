package org.neighbourhood.security.ui;

import java.security.SecureRandom;
import java.util.Base64;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers every response carries, whatever serves it: Vaadin pages, static files, photos, calendar files,
 * the sitemap, Flow's own requests and error pages.
 *
 * <p>Headers are written <em>before</em> the request is handled, not when the response is committed as Spring
 * Security does by default: Vaadin's pages are forwarded to Vaadin's servlet and finished there, so headers
 * written lazily never reached them. A handler that knows better may still replace a header afterwards — static
 * files and photos set their own {@code Cache-Control}, an emailed-link page its {@code Referrer-Policy}.
 *
 * <p>The Content-Security-Policy is what Flow 25 can work under (see Vaadin's "Content Security Policy" page):
 * <ul>
 * <li>scripts: the portal's own files, and inline scripts only with this response's nonce — the bootstrap
 * page's inline scripts get it from {@link ScriptNonces}, and Flow's client hands it on to the scripts it adds.
 * {@code 'unsafe-eval'} stays, because Flow's client turns every {@code executeJs} expression the server sends
 * into a function with {@code new Function}; Vaadin's strict mode replaces those with a hand-kept table of
 * every expression the components use, too brittle to keep true here;</li>
 * <li>styles: the portal's own files and {@code 'unsafe-inline'}: the bootstrap page has inline {@code <style>}
 * elements and components set {@code style} attributes; Vaadin's components cannot take a style nonce;</li>
 * <li>images from the portal and {@code data:} only, so no page makes a visitor's browser call another host;</li>
 * <li>fonts from the portal and {@code data:}: Lumo's icon font comes as a {@code data:} address.</li>
 * </ul>
 */
final class SecurityHeaders {

    private static final String PERMISSIONS_POLICY = "accelerometer=(), autoplay=(), camera=(), display-capture=(), "
            + "encrypted-media=(), fullscreen=(self), geolocation=(self), gyroscope=(), magnetometer=(), "
            + "microphone=(), midi=(), payment=(), picture-in-picture=(), screen-wake-lock=(), usb=()";

    private static final String NONCE_ATTRIBUTE = SecurityHeaders.class.getName() + ".nonce";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * The back office and the files Flow streams to it (such as the forum report) are never stored by a browser or
     * a proxy. Emailed-link pages say so themselves, whatever their address. Flow's own requests carry Vaadin's
     * own caching headers: its bootstrap answers are no-store, its UIDL answers POST responses no cache keeps.
     */
    private static final RequestMatcher NEVER_STORED = new OrRequestMatcher(
            PathPatternRequestMatcher.pathPattern("/admin"),
            PathPatternRequestMatcher.pathPattern("/admin/**"),
            PathPatternRequestMatcher.pathPattern("/login"),
            PathPatternRequestMatcher.pathPattern("/login/**"),
            PathPatternRequestMatcher.pathPattern("/signed-out"),
            PathPatternRequestMatcher.pathPattern("/mailbox"),
            PathPatternRequestMatcher.pathPattern("/mailbox/**"),
            PathPatternRequestMatcher.pathPattern("/VAADIN/dynamic/**"));

    private SecurityHeaders() {
    }

    static void configure(HeadersConfigurer<HttpSecurity> headers) {
        headers.withObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
            @Override
            public <O extends HeaderWriterFilter> O postProcess(O filter) {
                filter.setShouldWriteHeadersEagerly(true);
                return filter;
            }
        });
        headers.contentTypeOptions(options -> { })
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                // Spring's default writes no-store and the old Pragma and Expires on everything, which a static
                // file's own Cache-Control would then contradict.
                .cacheControl(HeadersConfigurer.CacheControlConfig::disable)
                .addHeaderWriter(SecurityHeaders::cacheControl)
                .addHeaderWriter(SecurityHeaders::contentSecurityPolicy);
    }

    private static void cacheControl(HttpServletRequest request, HttpServletResponse response) {
        // Public pages are not stored without asking again; static files, photos and pictures replace this with
        // their own lifetime.
        response.setHeader("Cache-Control", NEVER_STORED.matches(request) ? "no-store" : "no-cache");
    }

    private static void contentSecurityPolicy(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", "default-src 'self'; "
                + "script-src 'self' 'nonce-" + nonce(request) + "' 'unsafe-eval'; "
                + "style-src 'self' 'unsafe-inline'; "
                + "img-src 'self' data:; "
                + "font-src 'self' data:; "
                + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'");
    }

    /** The nonce of this request's scripts: random for each response, the same for its header and its page. */
    static String nonce(HttpServletRequest request) {
        if (request.getAttribute(NONCE_ATTRIBUTE) instanceof String nonce) {
            return nonce;
        }
        var bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        var nonce = Base64.getEncoder().encodeToString(bytes);
        request.setAttribute(NONCE_ATTRIBUTE, nonce);
        return nonce;
    }
}
