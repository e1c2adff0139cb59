package org.neighbourhood.base.ui;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.dom.ElementUtil;

import org.neighbourhood.base.ContentChanges;
import org.springframework.beans.factory.annotation.Value;

/**
 * Static parts of public pages as one node each in a visitor's UI instead of a tree of components. What a part
 * shows is built from components as usual, once per name and language until content changes (any committed
 * write, {@link ContentChanges}) or {@code neighbourhood.first-html.time-to-live} passes, read off as HTML, and
 * then given to every visitor's UI as that one element's content — the same string, shared. A visitor's UI then
 * holds a few dozen nodes instead of a few hundred, which is most of what an open public page costs the
 * server (README, "Surge"). Links keep working: Flow's client follows {@code router-link}s wherever they are.
 *
 * <p>Only for what has no listener on the server: a field stays a component of its own, and a group of buttons that
 * is a part listens on the part for a click on any of them ({@link #isPart}).
 * {@code neighbourhood.public-pages.light-trees=false} builds the components every time instead, as the
 * component tests do, so that they can look at the components.
 */
@org.springframework.stereotype.Component
public class LightTrees {

    private record Key(String name, Locale locale) {
    }

    private record Shared(long generation, String tag, Map<String, String> attributes, String content) {

        int weight() {
            return content.length() + tag.length() + 64 * attributes.size();
        }
    }

    private final boolean light;
    private final ContentChanges changes;
    private final Cache<Key, Shared> parts;
    private final Cache<Key, List<Shared>> groups;

    LightTrees(ContentChanges changes, @Value("${neighbourhood.public-pages.light-trees:true}") boolean light,
            @Value("${neighbourhood.first-html.time-to-live:60s}") Duration timeToLive) {
        this.changes = changes;
        this.light = light;
        this.parts = Caffeine.newBuilder().maximumWeight(16 << 20)
                .<Key, Shared>weigher((key, part) -> part.weight() + key.name().length())
                .expireAfterWrite(timeToLive).build();
        this.groups = Caffeine.newBuilder().maximumWeight(16 << 20)
                .<Key, List<Shared>>weigher((key, group) -> group.stream().mapToInt(Shared::weight).sum())
                .expireAfterWrite(timeToLive).build();
    }

    /**
     * The part {@code build} makes, as one element.
     *
     * @param name what the part is, unique among parts and telling apart everything it depends on besides the
     *        language and content — such as {@code neighbourhood/riverside/team}
     * @param build makes the part as components; called only when the part is not kept
     */
    public Component of(String name, Locale locale, Supplier<? extends Component> build) {
        if (!light) {
            return build.get();
        }
        var key = new Key(name, locale);
        long generation = changes.generation();
        var shared = parts.getIfPresent(key);
        if (shared == null || shared.generation() != generation) {
            shared = read(generation, build.get().getElement());
            parts.put(key, shared);
        }
        return new Part(shared);
    }

    /**
     * Whether {@code component} is a shared part, rather than the components {@link #of} built: a part's buttons
     * have no server-side listeners of their own, so what they do is listened for on the part itself.
     */
    public boolean isPart(Component component) {
        return component instanceof Part;
    }

    /**
     * The parts {@code build} puts in a holder, one element each, in order — for a view whose whole content is
     * static, without a wrapper of its own around it.
     */
    public List<Component> children(String name, Locale locale, Supplier<? extends Component> build) {
        if (!light) {
            var holder = build.get();
            var built = holder.getChildren().toList();
            built.forEach(child -> child.getElement().removeFromParent());
            return built;
        }
        var key = new Key(name, locale);
        long generation = changes.generation();
        var shared = groups.getIfPresent(key);
        if (shared == null || shared.isEmpty() || shared.getFirst().generation() != generation) {
            shared = build.get().getElement().getChildren().map(child -> read(generation, child)).toList();
            groups.put(key, shared);
        }
        return shared.stream().<Component>map(Part::new).toList();
    }

    private static Shared read(long generation, Element built) {
        var root = (org.jsoup.nodes.Element) written(built);
        var attributes = new LinkedHashMap<String, String>();
        root.attributes().forEach(attribute -> attributes.put(attribute.getKey(), attribute.getValue()));
        return new Shared(generation, root.tagName(), Map.copyOf(attributes), root.html());
    }

    /** A document to write markup in as Flow's client makes it: no line breaks or indents of its own. */
    static org.jsoup.nodes.Document compact() {
        var document = new org.jsoup.nodes.Document("");
        document.outputSettings().prettyPrint(false);
        return document;
    }

    /** The markup of an element and what is in it, as Flow's client makes it. */
    static String outerHtml(Element element) {
        return written(element).outerHtml();
    }

    private static org.jsoup.nodes.Node written(Element element) {
        var document = compact();
        var node = ElementUtil.toJsoup(document, element);
        // Output settings come from the document a node is in.
        document.body().appendChild(node);
        return node;
    }

    /** One element with the part's markup as its content. */
    private static final class Part extends Component {

        Part(Shared shared) {
            super(new Element(shared.tag()));
            shared.attributes().forEach(getElement()::setAttribute);
            getElement().setProperty("innerHTML", shared.content());
        }
    }
}
