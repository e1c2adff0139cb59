package org.neighbourhood.base;

import java.util.regex.Pattern;

/**
 * A feed a public page offers for subscribing: its events as a calendar, or its news as Atom.
 *
 * @param path its address on the portal, from the leading slash, with the language it is in, such as
 *        {@code /feeds/neighbourhoods/riverside.atom?lang=cy}
 * @param title what a feed reader or calendar program calls it, in that language
 */
public record Feed(Kind kind, String path, String title) {

    private static final Pattern WEB = Pattern.compile("^https?://", Pattern.CASE_INSENSITIVE);

    public enum Kind {
        CALENDAR("text/calendar"), NEWS("application/atom+xml");

        private final String mediaType;

        Kind(String mediaType) {
            this.mediaType = mediaType;
        }

        /** The type a page's {@code <link rel="alternate">} names. */
        public String mediaType() {
            return mediaType;
        }
    }

    /** Its address on the web, for downloading it or for a feed reader. */
    public String url(String publicBase) {
        return publicBase + path;
    }

    /**
     * The same address as {@code webcal:}, which a browser hands to the calendar program to subscribe to, rather
     * than downloading a copy; the program then fetches it over the web as it was.
     */
    public String webcal(String publicBase) {
        return WEB.matcher(url(publicBase)).replaceFirst("webcal://");
    }
}
