package org.neighbourhood.base.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.base.Feed;
import org.neighbourhood.base.PublicAddress;
import org.springframework.stereotype.Component;

/**
 * "Subscribe": the feeds a page offers, as plain links with words, so they work from the keyboard and read well
 * to a screen reader. A calendar has two: {@code webcal:}, which hands it to the reader's calendar program to
 * subscribe to, and the file itself, for programs that want it downloaded or its address pasted in.
 */
@Component
public class FeedLinks {

    private final PublicAddress address;

    FeedLinks(PublicAddress address) {
        this.address = address;
    }

    /** The section for one page view, in the visitor's language; the feeds come from the page's metadata. */
    public Section section(List<Feed> feeds) {
        var ui = UI.getCurrent();
        var base = address.base();
        var list = new UnorderedList();
        list.addClassName("subscribe__list");
        // One link a line: on a phone, two side by side would wrap into each other.
        for (var feed : feeds) {
            switch (feed.kind()) {
                case CALENDAR -> list.add(
                        new ListItem(webcal(feed, base, ui.getTranslation("feeds.calendar.subscribe"))),
                        new ListItem(download(feed, base, ui.getTranslation("feeds.calendar.download"))));
                case NEWS -> list.add(new ListItem(link(feed.url(base), ui.getTranslation("feeds.news.link"))));
            }
        }
        var section = new Section(new H2(ui.getTranslation("feeds.heading")), list);
        section.addClassName("subscribe");
        return section;
    }

    private static Anchor link(String href, String text) {
        var link = new Anchor(href, text);
        // Not a page of the portal: the browser, not Vaadin's router, follows it.
        link.setRouterIgnore(true);
        return link;
    }

    /**
     * Vaadin refuses addresses in schemes it does not know, such as {@code webcal:}, unless told they are trusted:
     * this one is made from the portal's own configured address, never from anything a visitor or editor typed.
     */
    private static Anchor webcal(Feed feed, String base, String text) {
        var link = new Anchor();
        link.setText(text);
        link.setUnsafeHref(feed.webcal(base));
        link.setRouterIgnore(true);
        return link;
    }

    private static Anchor download(Feed feed, String base, String text) {
        var link = link(feed.url(base), text);
        link.getElement().setAttribute("download", "");
        link.getElement().setAttribute("type", feed.kind().mediaType());
        return link;
    }
}
