package org.neighbourhood.base;

import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * Where the portal's feeds are and what they are called: calendars of events and forum sessions, and Atom feeds of
 * updates. Written once here, so that the feeds' endpoints, the pages that offer them and their first HTML agree.
 * A page offers each feed in the page's language, so that what someone subscribes to reads as the page did, whatever
 * language their calendar program or feed reader asks for.
 */
@Component
public class Feeds {

    public static final String NEIGHBOURHOOD_CALENDAR = "/calendar/neighbourhoods/{slug}.ics";
    public static final String SERIES_CALENDAR = "/calendar/forums/{slug}.ics";
    public static final String CALENDAR = "/calendar/all.ics";
    public static final String NEIGHBOURHOOD_NEWS = "/feeds/neighbourhoods/{slug}.atom";
    public static final String NEWS = "/feeds/updates.atom";

    private final Messages messages;
    private final Brand brand;

    Feeds(Messages messages, Brand brand) {
        this.messages = messages;
        this.brand = brand;
    }

    /** The events of one neighbourhood's team. */
    public Feed neighbourhoodCalendar(String slug, String name, Locale locale) {
        return new Feed(Feed.Kind.CALENDAR, path(NEIGHBOURHOOD_CALENDAR, slug, locale),
                messages.get("feeds.calendar.neighbourhood", locale, name, brand.forceName()));
    }

    /** The sessions of one forum series. */
    public Feed seriesCalendar(String slug, String name, Locale locale) {
        return new Feed(Feed.Kind.CALENDAR, path(SERIES_CALENDAR, slug, locale),
                messages.get("feeds.calendar.series", locale, name, brand.forceName()));
    }

    /** Every public event and forum session of the force. */
    public Feed calendar(Locale locale) {
        return new Feed(Feed.Kind.CALENDAR, path(CALENDAR, "", locale),
                messages.get("feeds.calendar.all", locale, brand.forceName()));
    }

    /** The updates of one neighbourhood's team. */
    public Feed neighbourhoodNews(String slug, String name, Locale locale) {
        return new Feed(Feed.Kind.NEWS, path(NEIGHBOURHOOD_NEWS, slug, locale),
                messages.get("feeds.news.neighbourhood", locale, name, brand.forceName()));
    }

    /** The updates of every team. */
    public Feed news(Locale locale) {
        return new Feed(Feed.Kind.NEWS, path(NEWS, "", locale), messages.get("feeds.news.all", locale,
                brand.forceName()));
    }

    private static String path(String template, String slug, Locale locale) {
        return template.replace("{slug}", slug) + "?" + Languages.PARAMETER + "=" + locale.toLanguageTag();
    }
}
