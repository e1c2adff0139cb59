package org.neighbourhood.base.ui;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.neighbourhood.base.Brand;
import org.neighbourhood.base.DatabaseAway;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.web.FirstHtmlCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Makes the first HTML of every address a real page for crawlers and link previews — title, description,
 * canonical and language alternates, Open Graph, the feeds it offers, the right HTTP status and
 * {@code <html lang>} — and gives each UI the language the visitor chose.
 */
@Component
class PublicPageInitializer implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(PublicPageInitializer.class);
    /** Carries what a visitor did on the first HTML's copy of the page over to the page Flow shows. */
    private static final String HANDOVER = "scripts/handover.js";

    private final PageMetadataResolver pages;
    private final Languages languages;
    private final PageTitles titles;
    private final Brand brand;
    private final PublicAddress address;
    private final PrerenderedPages prerendered;
    private final FirstHtmlCache firstHtml;

    PublicPageInitializer(PageMetadataResolver pages, Languages languages, PageTitles titles, Brand brand,
            PublicAddress address, PrerenderedPages prerendered, FirstHtmlCache firstHtml) {
        this.prerendered = prerendered;
        this.firstHtml = firstHtml;
        this.pages = pages;
        this.languages = languages;
        this.titles = titles;
        this.brand = brand;
        this.address = address;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::writeHead);
        event.addRequestHandler(new CompactLastResponse());
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(localeOfUiRequest()));
    }

    private void writeHead(IndexHtmlResponse response) {
        var http = ((VaadinServletRequest) response.getVaadinRequest()).getHttpServletRequest();
        var path = pathOf(http);
        var chosen = languages.match(http.getParameter(Languages.PARAMETER));
        var locale = languages.resolve(http.getParameter(Languages.PARAMETER), cookie(http),
                http.getHeader("Accept-Language"));
        chosen.ifPresent(language -> response.getVaadinResponse()
                .addCookie(FirstHtmlCache.languageCookie(language, http)));

        var routes = response.getVaadinRequest().getService().getRouter().getRegistry();
        var metadata = describeUnlessDatabaseAway(routes, path, locale);
        response.getVaadinResponse().setStatus(metadata.status());
        if (metadata.status() == HttpServletResponse.SC_SERVICE_UNAVAILABLE) {
            response.getVaadinResponse().setHeader("Retry-After",
                    String.valueOf(DatabaseAway.RETRY_AFTER.toSeconds()));
        }
        response.getVaadinResponse().setHeader("Content-Language", locale.toLanguageTag());
        response.getVaadinResponse().setHeader("Vary", "Cookie, Accept-Language");
        if (metadata.isPersonal()) {
            // The token in an emailed link's address must neither travel on in the Referer header nor stay in a
            // browser's or proxy's cache; these replace the portal's defaults for every other page.
            response.getVaadinResponse().setHeader("Referrer-Policy", "no-referrer");
            response.getVaadinResponse().setHeader("Cache-Control", "no-store");
        }
        write(response.getDocument(), metadata, path, locale, address.base());
        if (metadata.status() != HttpServletResponse.SC_SERVICE_UNAVAILABLE && !metadata.isPersonal()
                && (metadata.isNotFound() || pages.isPublicPage(routes, path))) {
            http.setAttribute(FirstHtmlCache.PUBLIC_PAGE, true);
            if (http.getUserPrincipal() == null) {
                prerender(response.getDocument(), path, http.getQueryString(), locale);
                if (metadata.indexable() && metadata.status() == HttpServletResponse.SC_OK) {
                    var shared = response.getDocument().clone();
                    shared.getElementsByTag("script").attr("nonce", FirstHtmlCache.NONCE);
                    firstHtml.keep(http, shared.html());
                }
            }
        }
    }

    /**
     * The page itself, as plain HTML just before where Flow will show it, for the first paint, for readers without
     * script and for search engines; when Flow shows the page itself, {@code scripts/handover.js} removes the copy
     * in the same frame, carrying over what the visitor typed, the focus and the scroll position.
     */
    private void prerender(Document document, String path, @Nullable String query, Locale locale) {
        var outlet = document.getElementById("outlet");
        if (outlet == null) {
            return;
        }
        // Written as Flow's client makes the page: no line breaks of the serializer's own between inline elements.
        document.outputSettings().prettyPrint(false);
        prerendered.render(VaadinSession.getCurrent(), path,
                PrerenderedPages.withoutLanguage(query == null ? "" : query), locale).ifPresent(html -> {
                    outlet.before(html);
                    var copy = outlet.previousElementSibling();
                    if (copy != null) {
                        copy.attr(PublicLayout.PRERENDERED, "");
                    }
                    document.head().appendElement("script").attr("src", HANDOVER).attr("defer", "");
                });
    }

    /** The page as usual, or "back in a moment" (503) while the database it is read from cannot be reached. */
    private PageMetadata describeUnlessDatabaseAway(RouteRegistry routes, String path, Locale locale) {
        try {
            return pages.describe(routes, path, locale);
        } catch (RuntimeException failure) {
            if (!DatabaseAway.isCause(failure)) {
                throw failure;
            }
            log.warn("The database is away: the first HTML of /{} answers 503", path);
            return titles.databaseAway(locale);
        }
    }

    private void write(Document document, PageMetadata metadata, String path, Locale locale, String base) {
        document.getElementsByTag("html").attr("lang", locale.toLanguageTag());
        document.title(metadata.title());
        var head = document.head();
        var canonical = url(base, path, locale.equals(Languages.DEFAULT) ? null : locale);
        meta(head, "name", "description", metadata.description());
        if (metadata.indexable()) {
            head.appendElement("link").attr("rel", "canonical").attr("href", canonical);
            for (var language : languages.supported()) {
                head.appendElement("link").attr("rel", "alternate").attr("hreflang", language.toLanguageTag())
                        .attr("href", url(base, path, language.equals(Languages.DEFAULT) ? null : language));
            }
            head.appendElement("link").attr("rel", "alternate").attr("hreflang", "x-default")
                    .attr("href", url(base, path, null));
        } else {
            meta(head, "name", "robots", "noindex");
            // A personal link's token must not travel on to other sites in the Referer header.
            meta(head, "name", "referrer", "no-referrer");
        }
        meta(head, "property", "og:site_name", brand.forceName());
        meta(head, "property", "og:title", metadata.title());
        meta(head, "property", "og:description", metadata.description());
        meta(head, "property", "og:type", metadata.openGraphType());
        if (metadata.indexable()) {
            meta(head, "property", "og:url", canonical);
        }
        meta(head, "property", "og:locale", ogLocale(locale));
        languages.supported().stream().filter(l -> !l.equals(locale))
                .forEach(l -> meta(head, "property", "og:locale:alternate", ogLocale(l)));
        meta(head, "name", "twitter:card", metadata.imagePath() == null ? "summary" : "summary_large_image");
        if (metadata.imagePath() != null) {
            meta(head, "property", "og:image", base + "/" + metadata.imagePath());
        }
        if (metadata.status() == HttpServletResponse.SC_OK) {
            for (var feed : metadata.feeds()) {
                head.appendElement("link").attr("rel", "alternate").attr("type", feed.kind().mediaType())
                        .attr("title", feed.title()).attr("href", feed.url(base));
            }
        }
        if (metadata.jsonLd() != null) {
            head.appendElement("script").attr("type", "application/ld+json")
                    .appendChild(new org.jsoup.nodes.DataNode(metadata.jsonLd()));
        }
        head.appendElement("link").attr("rel", "icon").attr("href", brand.logoPath());
        head.appendElement("link").attr("rel", "stylesheet").attr("href", brand.stylesheetPath());
    }

    private static void meta(Element head, String attribute, String key, String content) {
        head.appendElement("meta").attr(attribute, key).attr("content", content);
    }

    private static String ogLocale(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> "en_GB";
            case "pl" -> "pl_PL";
            case "cy" -> "cy_GB";
            default -> locale.getLanguage();
        };
    }

    private static String url(String base, String path, @Nullable Locale language) {
        var url = base + "/" + path;
        return language == null ? url : url + "?" + Languages.PARAMETER + "=" + language.toLanguageTag();
    }

    static String pathOf(HttpServletRequest http) {
        var path = http.getRequestURI().substring(http.getContextPath().length());
        path = URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8);
        return path.replaceAll("^/+", "").replaceAll("/+$", "");
    }

    private static @Nullable String cookie(HttpServletRequest http) {
        return Optional.ofNullable(http.getCookies()).stream().flatMap(Arrays::stream)
                .filter(c -> Languages.COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    /** The language of a new UI: an explicit choice in the address it opens, else as for the first HTML. */
    private Locale localeOfUiRequest() {
        var request = VaadinRequest.getCurrent();
        if (request == null) {
            return Languages.DEFAULT;
        }
        String fromLocation = null;
        var location = request.getParameter("location");
        if (location != null && location.contains("?")) {
            fromLocation = UriComponentsBuilder.fromUriString("/" + location).build().getQueryParams()
                    .getFirst(Languages.PARAMETER);
        }
        var cookie = request instanceof VaadinServletRequest servlet ? cookie(servlet.getHttpServletRequest())
                : null;
        return languages.resolve(fromLocation, cookie, request.getHeader("Accept-Language"));
    }
}
