package org.neighbourhood.base.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinSession;

import org.neighbourhood.base.ContentChanges;
import org.neighbourhood.base.Languages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A public page as plain HTML, for the first response: the page's own view and layout, built once in a UI that
 * no browser ever talks to, which is thrown away at once, and read off as HTML. What a browser shows before
 * Flow's client has started, what a crawler or a reader without script reads, is therefore exactly what Flow then
 * shows — same markup, same classes, same styles — so nothing moves when Flow takes over.
 *
 * <p>Kept per address and language until content changes (any committed write, {@link ContentChanges}) or
 * {@code neighbourhood.first-html.time-to-live} passes, which bounds how stale a listing of upcoming events gets.
 */
@Component
public class PrerenderedPages {

    private static final Logger log = LoggerFactory.getLogger(PrerenderedPages.class);

    private record Key(String path, String query, Locale locale) {
    }

    private record Rendered(long generation, String html) {
    }

    private final ContentChanges changes;
    private final Cache<Key, Rendered> pages;

    PrerenderedPages(ContentChanges changes,
            @Value("${neighbourhood.first-html.time-to-live:60s}") Duration timeToLive) {
        this.changes = changes;
        this.pages = Caffeine.newBuilder().maximumWeight(8 << 20)
                .<Key, Rendered>weigher((key, page) -> page.html().length() + key.path().length())
                .expireAfterWrite(timeToLive).build();
    }

    /**
     * The page at an address, its layout included, as HTML; empty when it cannot be built this way (a view that
     * needs a browser, or a failure, which is logged: the page then simply has no content before Flow).
     *
     * @param session the session of the request, locked by the caller as Vaadin does for a request
     * @param path the address without the leading slash, such as {@code neighbourhoods/riverside}
     * @param query the query string without the language choice, which does not change the page's content
     */
    Optional<String> render(VaadinSession session, String path, String query, Locale locale) {
        var key = new Key(path, query, locale);
        long generation = changes.generation();
        var cached = pages.getIfPresent(key);
        if (cached != null && cached.generation() == generation) {
            return Optional.of(cached.html());
        }
        var html = build(session, path, query, locale);
        html.ifPresent(built -> pages.put(key, new Rendered(generation, built)));
        return html;
    }

    private static Optional<String> build(VaadinSession session, String path, String query, Locale locale) {
        var previous = CurrentInstance.getInstances();
        var ui = new UI();
        try {
            ui.getInternals().setSession(session);
            CurrentInstance.set(UI.class, ui);
            ui.setLocale(locale);
            ui.navigate(path, QueryParameters.fromString(query));
            var chain = ui.getInternals().getActiveRouterTargetsChain();
            if (chain.isEmpty()) {
                return Optional.empty();
            }
            var outermost = chain.getLast().getElement();
            return Optional.of(LightTrees.outerHtml(outermost));
        } catch (RuntimeException failure) {
            log.warn("/{} could not be prerendered in {}: {}", path, locale.toLanguageTag(), failure.toString());
            return Optional.empty();
        } finally {
            // Detaching lets every component let go of what it registered while attached.
            ui.getElement().removeAllChildren();
            CurrentInstance.restoreInstances(previous);
        }
    }

    /** The query without the language choice, which the first HTML reads and the view does not. */
    static String withoutLanguage(String query) {
        if (query.isEmpty()) {
            return query;
        }
        var kept = new StringBuilder();
        for (var pair : query.split("&")) {
            if (!pair.equals(Languages.PARAMETER) && !pair.startsWith(Languages.PARAMETER + "=")) {
                kept.append(kept.isEmpty() ? "" : "&").append(pair);
            }
        }
        return kept.toString();
    }
}
