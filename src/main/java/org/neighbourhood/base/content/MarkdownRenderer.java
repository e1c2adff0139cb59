package org.neighbourhood.base.content;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.CustomBlock;
import org.commonmark.node.CustomNode;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.springframework.stereotype.Component;

/**
 * What editors write in Markdown (priorities, events, updates, officers' biographies), made fit for a public page.
 *
 * <p>Raw HTML typed into the Markdown is shown as the text it is, never interpreted: the editor sees what they typed
 * rather than losing it silently. The rendered HTML then goes through an allow-list sanitiser, so that nothing
 * outside the policy below reaches a page even if the Markdown library lets something through:
 * paragraphs, headings h2 to h4, emphasis, lists, quotes, code, tables, line breaks, links to http, https and mailto
 * addresses or to pages of this site (marked {@code rel="nofollow noopener"}), and images on this site.
 *
 * <p>An image from another host becomes a link to it, its description the link's text: showing it would have every
 * visitor's browser call that host, telling it who reads the page (the portal's Content-Security-Policy refuses
 * such images anyway). The editor's words and the address are kept; a reader can still follow it.
 *
 * <p>A page has one h1, its title, so a Markdown {@code # heading} becomes an h2; levels below h4 become h4.
 *
 * <p>An image without alternative text is still shown, with {@code alt=""}, which tells screen readers to skip it:
 * refusing the whole text would lose the editor's work. Editing screens call {@link #missingAltTexts} to ask the
 * editor to describe each image before publishing.
 */
@Component
public class MarkdownRenderer {

    private static final String ELLIPSIS = "…";
    private static final int HIGHEST_HEADING = 2;
    private static final int LOWEST_HEADING = 4;

    // Site-relative means one slash: "//host" and "/\host" both lead browsers to another host.
    private static final Pattern LINK = Pattern.compile("(?i)(https?://|mailto:|/(?![/\\\\])).*", Pattern.DOTALL);
    private static final Pattern IMAGE_SOURCE = Pattern.compile("/(?![/\\\\]).*", Pattern.DOTALL);
    private static final Pattern REMOTE = Pattern.compile("(?i)https?://.*", Pattern.DOTALL);
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s,;:.\\-–—]+$");

    private static final PolicyFactory POLICY = new HtmlPolicyBuilder()
            .allowElements("p", "h2", "h3", "h4", "em", "strong", "ul", "ol", "li", "blockquote", "code", "pre",
                    "table", "thead", "tbody", "tr", "th", "td", "br")
            .allowUrlProtocols("http", "https", "mailto")
            .allowElements("a")
            .allowAttributes("href").matching(LINK).onElements("a")
            .requireRelsOnLinks("nofollow", "noopener")
            // An image with no acceptable address would be an empty box: drop it.
            .allowElements((name, attributes) -> hasAttribute(attributes, "src") ? name : null, "img")
            .allowAttributes("src").matching(IMAGE_SOURCE).onElements("img")
            .allowAttributes("alt").onElements("img")
            .allowAttributes("start").matching(Pattern.compile("\\d{1,6}")).onElements("ol")
            .allowAttributes("align").matching(true, "left", "center", "right").onElements("th", "td")
            .toFactory();

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownRenderer() {
        var extensions = List.of(TablesExtension.create());
        this.parser = Parser.builder().extensions(extensions).build();
        this.renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .percentEncodeUrls(true)
                // Alternative text of spaces alone is no description: make it the empty alt it amounts to.
                .attributeProviderFactory(context -> (node, tagName, attributes) -> attributes
                        .computeIfPresent("alt", (name, alt) -> alt.strip()))
                .build();
    }

    /** Safe HTML for a page: whatever the Markdown holds, only the elements and addresses above come out. */
    public String toHtml(String markdown) {
        var document = parser.parse(markdown);
        document.accept(new HeadingLevels());
        document.accept(new RemoteImagesAsLinks());
        return POLICY.sanitize(renderer.render(document));
    }

    /**
     * The address of every image that has no alternative text, in the order they appear, so that an editor can be
     * asked to describe them; empty when every image is described.
     */
    public List<String> missingAltTexts(String markdown) {
        var missing = new ArrayList<String>();
        parser.parse(markdown).accept(new AbstractVisitor() {
            @Override
            public void visit(Image image) {
                if (PlainText.of(image).isBlank()) {
                    missing.add(image.getDestination());
                }
            }
        });
        return List.copyOf(missing);
    }

    /**
     * The words of the Markdown without any markup, for summaries and meta descriptions: whitespace collapsed, and
     * if longer than {@code maxChars}, cut at a word boundary and ended with an ellipsis, within {@code maxChars}
     * in all. Plain text, not HTML: it must still be escaped wherever it is put into HTML.
     */
    public String plainText(String markdown, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, not " + maxChars);
        }
        var text = new PlainText();
        parser.parse(markdown).accept(text);
        return shorten(text.text().replaceAll("\\s+", " ").strip(), maxChars);
    }

    private static String shorten(String text, int maxChars) {
        if (text.length() <= maxChars) {
            return text;
        }
        int room = maxChars - ELLIPSIS.length();
        int space = text.lastIndexOf(' ', room);
        int cut = space > 0 ? space : room;
        if (cut > 0 && Character.isHighSurrogate(text.charAt(cut - 1))) {
            cut--;
        }
        return TRAILING_PUNCTUATION.matcher(text.substring(0, cut)).replaceFirst("") + ELLIPSIS;
    }

    private static boolean hasAttribute(List<String> attributes, String name) {
        for (int i = 0; i < attributes.size(); i += 2) {
            if (attributes.get(i).equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static final class HeadingLevels extends AbstractVisitor {
        @Override
        public void visit(Heading heading) {
            heading.setLevel(Math.clamp(heading.getLevel(), HIGHEST_HEADING, LOWEST_HEADING));
            visitChildren(heading);
        }
    }

    private static final class RemoteImagesAsLinks extends AbstractVisitor {
        @Override
        public void visit(Image image) {
            if (!REMOTE.matcher(image.getDestination()).matches()) {
                return;
            }
            // A linked picture is a link already: its description alone takes the picture's place.
            Node replacement = insideLink(image) ? image : new Link(image.getDestination(), image.getTitle());
            if (replacement != image && PlainText.of(image).isBlank()) {
                // A link needs words a reader can follow: with no description, its address is all there is.
                replacement.appendChild(new Text(image.getDestination()));
            }
            while (image.getFirstChild() != null) {
                var words = image.getFirstChild();
                if (replacement == image) {
                    image.insertBefore(words);
                } else {
                    replacement.appendChild(words);
                }
            }
            if (replacement != image) {
                image.insertBefore(replacement);
            }
            image.unlink();
        }

        private static boolean insideLink(Node node) {
            for (var parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof Link) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Collects the words a reader sees; every block ends with a space so that words of adjacent blocks stay apart. */
    private static final class PlainText extends AbstractVisitor {

        private final StringBuilder text = new StringBuilder();

        /** The words inside a node, such as the alternative text of an image. */
        static String of(Node node) {
            var words = new PlainText();
            for (var child = node.getFirstChild(); child != null; child = child.getNext()) {
                child.accept(words);
            }
            return words.text();
        }

        String text() {
            return text.toString();
        }

        @Override
        public void visit(Text node) {
            text.append(node.getLiteral());
        }

        @Override
        public void visit(Code code) {
            text.append(code.getLiteral());
        }

        @Override
        public void visit(FencedCodeBlock block) {
            text.append(block.getLiteral()).append(' ');
        }

        @Override
        public void visit(IndentedCodeBlock block) {
            text.append(block.getLiteral()).append(' ');
        }

        @Override
        public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
        }

        @Override
        public void visit(HardLineBreak lineBreak) {
            text.append(' ');
        }

        @Override
        public void visit(Image image) {
            // An image's description is not part of the text it sits in.
        }

        @Override
        public void visit(HtmlInline html) {
            // Markup, not words.
        }

        @Override
        public void visit(HtmlBlock html) {
            // Markup, not words.
        }

        @Override
        public void visit(Paragraph paragraph) {
            endBlock(paragraph);
        }

        @Override
        public void visit(Heading heading) {
            endBlock(heading);
        }

        @Override
        public void visit(ListItem item) {
            endBlock(item);
        }

        @Override
        public void visit(CustomBlock block) {
            endBlock(block);
        }

        @Override
        public void visit(CustomNode node) {
            // Table cells: keep the words of neighbouring cells apart.
            endBlock(node);
        }

        private void endBlock(Node node) {
            visitChildren(node);
            text.append(' ');
        }
    }
}
