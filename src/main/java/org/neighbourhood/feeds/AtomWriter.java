package org.neighbourhood.feeds;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import com.rometools.rome.feed.atom.Content;
import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import com.rometools.rome.feed.atom.Link;
import com.rometools.rome.feed.atom.Person;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.WireFeedOutput;

import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.springframework.stereotype.Component;

/**
 * Atom feeds (RFC 4287), written by ROME. Entries carry the body as HTML already made safe by the portal's sanitiser
 * and a plain-text summary; every text is escaped as XML by the library, so a title is always text, never markup.
 */
@Component
class AtomWriter {

    // What XML 1.0 cannot hold at all, such as a control character pasted into a title, is left out.
    private static final Pattern NOT_XML =
            Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

    /**
     * @param id permanent: the same for this feed in this language whatever changes in it
     * @param base the portal's address, against which the relative links in entries' HTML are read
     */
    record AtomFeed(String id, String title, Locale language, String self, String page, String author, String base,
            Instant updated, List<AtomEntry> entries) {
    }

    /**
     * @param id permanent: the same for the item however often it is edited
     * @param html sanitised HTML, never what an editor typed as it was
     * @param summary plain text
     * @param language the language it is written in, which may differ from the feed's when nobody translated it
     */
    record AtomEntry(String id, String title, String page, Instant published, Instant updated, String html,
            String summary, Locale language) {
    }

    String write(AtomFeed atom) {
        var feed = new Feed("atom_1.0");
        feed.setEncoding("UTF-8");
        feed.setId(atom.id());
        feed.setTitleEx(text(atom.title()));
        feed.setXmlBase(atom.base() + "/");
        feed.setUpdated(Date.from(atom.updated()));
        var author = new Person();
        author.setName(atom.author());
        author.setUri(atom.base() + "/");
        feed.setAuthors(List.of(author));
        feed.setAlternateLinks(List.of(link("alternate", "text/html", atom.page())));
        feed.setOtherLinks(List.of(link("self", "application/atom+xml", atom.self())));
        feed.setEntries(atom.entries().stream().map(AtomWriter::entry).toList());
        try {
            var document = new WireFeedOutput().outputJDom(feed);
            var root = document.getRootElement();
            // ROME 2.1 writes no language into an Atom feed; Atom says it with xml:lang, which every element inherits.
            root.setAttribute("lang", atom.language().toLanguageTag(), Namespace.XML_NAMESPACE);
            var entries = root.getChildren("entry", root.getNamespace());
            // Nor has ROME a language per entry: an entry shown in another language than the feed's says so itself.
            for (int i = 0; i < entries.size(); i++) {
                var language = atom.entries().get(i).language();
                if (!language.equals(atom.language())) {
                    entries.get(i).setAttribute("lang", language.toLanguageTag(), Namespace.XML_NAMESPACE);
                }
            }
            return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(document);
        } catch (FeedException e) {
            throw new IllegalStateException("Atom feed " + atom.id() + " could not be written", e);
        }
    }

    private static Entry entry(AtomEntry item) {
        var entry = new Entry();
        entry.setId(item.id());
        entry.setTitleEx(text(item.title()));
        entry.setAlternateLinks(List.of(link("alternate", "text/html", item.page())));
        entry.setPublished(Date.from(item.published()));
        entry.setUpdated(Date.from(item.updated()));
        var content = new Content();
        content.setType(Content.HTML);
        content.setValue(xml(item.html()));
        entry.setContents(List.of(content));
        entry.setSummary(text(item.summary()));
        return entry;
    }

    private static Content text(String value) {
        var content = new Content();
        content.setType(Content.TEXT);
        content.setValue(xml(value));
        return content;
    }

    private static String xml(String value) {
        return NOT_XML.matcher(value).replaceAll("");
    }

    private static Link link(String rel, String type, String href) {
        var link = new Link();
        link.setRel(rel);
        link.setType(type);
        link.setHref(href);
        return link;
    }
}
