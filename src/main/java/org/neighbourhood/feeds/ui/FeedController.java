package org.neighbourhood.feeds.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Feeds;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Slugs;
import org.neighbourhood.base.content.CalendarWriter;
import org.neighbourhood.feeds.FeedFile;
import org.neighbourhood.feeds.FeedService;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/**
 * The calendars and news feeds over HTTP. Calendar programs and feed readers ask again every few minutes to hours,
 * many for the same feed: each answer may be kept by any cache for five minutes, and asking with its ETag or date
 * gets "not modified" without the body while nothing changed.
 * <p>
 * The language is the one the address asks for ({@code ?lang=cy}, as the portal's pages link to them), else the
 * client's preference, else the first content language. No cookie counts: a feed is fetched by programs that have
 * none, and an answer kept in a shared cache must not depend on one.
 */
@RestController
class FeedController {

    private static final CacheControl CACHE = CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic();
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml; charset=utf-8");
    private static final MediaType CALENDAR = MediaType.parseMediaType(CalendarWriter.CONTENT_TYPE);

    private final FeedService feeds;
    private final Languages languages;
    private final ContentLanguages contentLanguages;

    FeedController(FeedService feeds, Languages languages, ContentLanguages contentLanguages) {
        this.feeds = feeds;
        this.languages = languages;
        this.contentLanguages = contentLanguages;
    }

    @GetMapping(Feeds.NEIGHBOURHOOD_CALENDAR)
    ResponseEntity<String> neighbourhoodCalendar(@PathVariable String slug,
            @RequestParam(name = Languages.PARAMETER, required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
            WebRequest request) {
        return answer(bySlug(slug, s -> feeds.neighbourhoodCalendar(s, locale(lang, accept))), CALENDAR, slug + ".ics",
                request);
    }

    @GetMapping(Feeds.SERIES_CALENDAR)
    ResponseEntity<String> seriesCalendar(@PathVariable String slug,
            @RequestParam(name = Languages.PARAMETER, required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
            WebRequest request) {
        return answer(bySlug(slug, s -> feeds.seriesCalendar(s, locale(lang, accept))), CALENDAR, slug + ".ics",
                request);
    }

    @GetMapping(Feeds.CALENDAR)
    ResponseEntity<String> calendar(
            @RequestParam(name = Languages.PARAMETER, required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
            WebRequest request) {
        return answer(Optional.of(feeds.calendar(locale(lang, accept))), CALENDAR, "all.ics", request);
    }

    @GetMapping(Feeds.NEIGHBOURHOOD_NEWS)
    ResponseEntity<String> neighbourhoodNews(@PathVariable String slug,
            @RequestParam(name = Languages.PARAMETER, required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
            WebRequest request) {
        return answer(bySlug(slug, s -> feeds.neighbourhoodNews(s, locale(lang, accept))), ATOM, null, request);
    }

    @GetMapping(Feeds.NEWS)
    ResponseEntity<String> news(
            @RequestParam(name = Languages.PARAMETER, required = false) @Nullable String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept,
            WebRequest request) {
        return answer(Optional.of(feeds.news(locale(lang, accept))), ATOM, null, request);
    }

    private Locale locale(@Nullable String lang, @Nullable String accept) {
        return languages.requested(lang, accept).orElseGet(contentLanguages::first);
    }

    /** Nothing has another slug: checked before the database is asked, as the slug becomes part of addresses. */
    private static Optional<FeedFile> bySlug(String slug, Function<String, Optional<FeedFile>> find) {
        return Slugs.isValid(slug) ? find.apply(slug) : Optional.empty();
    }

    /**
     * The feed, or "not modified" when the client's copy is this one: by its ETag when the client sends one (as
     * calendar programs and feed readers do), else by its date.
     *
     * @param filename for a calendar saved from a browser; null for a news feed, which a browser may show
     */
    private static ResponseEntity<String> answer(Optional<FeedFile> found, MediaType type, @Nullable String filename,
            WebRequest request) {
        if (found.isEmpty()) {
            return ResponseEntity.notFound().build();
        }
        var file = found.get();
        var etag = file.etag();
        if (request.checkNotModified(etag, file.lastModified().toEpochMilli())) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).cacheControl(CACHE)
                    .varyBy(HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        var response = ResponseEntity.ok().contentType(type).cacheControl(CACHE).varyBy(HttpHeaders.ACCEPT_LANGUAGE);
        if (filename != null) {
            response.header(HttpHeaders.CONTENT_DISPOSITION,
                    ContentDisposition.attachment().filename(filename).build().toString());
        }
        return response.body(file.body());
    }
}
