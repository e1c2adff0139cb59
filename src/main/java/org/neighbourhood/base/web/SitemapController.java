package org.neighbourhood.base.web;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.jsoup.nodes.Entities;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.SitemapContributor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code sitemap.xml} with every public page and its language versions, and a {@code robots.txt} that
 * points to it and keeps crawlers out of the back office.
 */
@RestController
class SitemapController {

    private final List<SitemapContributor> contributors;
    private final Languages languages;
    private final PublicAddress address;

    SitemapController(List<SitemapContributor> contributors, Languages languages, PublicAddress address) {
        this.contributors = contributors;
        this.languages = languages;
        this.address = address;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap() {
        var base = address.base();
        var xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" \
                xmlns:xhtml="http://www.w3.org/1999/xhtml">
                """);
        for (var contributor : contributors) {
            for (var entry : contributor.sitemapEntries()) {
                var location = base + "/" + entry.path();
                xml.append("  <url>\n    <loc>").append(Entities.escape(location)).append("</loc>\n");
                if (entry.lastModified() != null) {
                    xml.append("    <lastmod>").append(DateTimeFormatter.ISO_LOCAL_DATE
                            .format(entry.lastModified().atOffset(ZoneOffset.UTC))).append("</lastmod>\n");
                }
                for (Locale language : languages.supported()) {
                    var href = language.equals(Languages.DEFAULT) ? location
                            : location + "?" + Languages.PARAMETER + "=" + language.toLanguageTag();
                    xml.append("    <xhtml:link rel=\"alternate\" hreflang=\"").append(language.toLanguageTag())
                            .append("\" href=\"").append(Entities.escape(href)).append("\"/>\n");
                }
                xml.append("  </url>\n");
            }
        }
        xml.append("</urlset>\n");
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml.toString());
    }

    @GetMapping(value = "/robots.txt", produces = MediaType.TEXT_PLAIN_VALUE)
    String robots() {
        return "User-agent: *\nDisallow: /admin\nDisallow: /login\nSitemap: " + address.base() + "/sitemap.xml\n";
    }
}
