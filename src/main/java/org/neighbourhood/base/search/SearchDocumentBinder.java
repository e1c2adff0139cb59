package org.neighbourhood.base.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Searchable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.content.MarkdownRenderer;
import org.springframework.stereotype.Component;

/**
 * Writes a {@link org.neighbourhood.base.search.Searchable}'s entry into the index: the same fields for every kind
 * of content, so that one query covers them all. Each content language gets a title and a body field analysed for
 * that language; every title also feeds the starts of its words.
 * <p>
 * The entity names the properties its entry is made from in the binding's {@code dependencies} parameter
 * (comma-separated paths), so that a change to any of them, and only to them, reindexes it. A Spring bean, so
 * that it knows the configured content languages.
 */
@Component
public class SearchDocumentBinder implements TypeBinder {

    /** Long enough for any body a page shows; what lies beyond is not searched. */
    private static final int BODY_MAX = 20_000;

    private final ContentLanguages languages;
    private final MarkdownRenderer markdown;

    public SearchDocumentBinder(ContentLanguages languages, MarkdownRenderer markdown) {
        this.languages = languages;
        this.markdown = markdown;
    }

    @Override
    public void bind(TypeBindingContext context) {
        for (var path : context.param("dependencies", String.class).split(",")) {
            context.dependencies().use(path.strip());
        }
        var schema = context.indexSchemaElement();
        var fields = new Fields(
                schema.field(SearchFields.TYPE, f -> f.asString().aggregable(Aggregable.YES)
                        .projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.ITEM_ID, f -> f.asLong().projectable(Projectable.YES)
                        .searchable(Searchable.YES)).toReference(),
                schema.field(SearchFields.SLUG, f -> f.asString().projectable(Projectable.YES)
                        .searchable(Searchable.NO)).toReference(),
                schema.field(SearchFields.NEIGHBOURHOOD, f -> f.asLong().aggregable(Aggregable.YES)
                        .projectable(Projectable.YES)).multiValued().toReference(),
                schema.field(SearchFields.SAMPLE, f -> f.asString()).toReference(),
                schema.field(SearchFields.PUBLIC_FROM, f -> f.asInstant().projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.HIDDEN, f -> f.asString()).toReference(),
                schema.field(SearchFields.DATE, f -> f.asInstant().sortable(Sortable.YES)
                        .projectable(Projectable.YES)).toReference(),
                schema.field(SearchFields.WORD_STARTS, f -> f.asString().analyzer(SearchAnalyzers.WORD_STARTS)
                        .searchAnalyzer(SearchAnalyzers.WORD_STARTS_QUERY)).multiValued().toReference(),
                new LinkedHashMap<>(), new LinkedHashMap<>());
        for (var language : languages.all()) {
            var tag = language.getLanguage();
            var analyzer = SearchAnalyzers.forLanguage(tag);
            fields.titles().put(tag, schema.field(SearchFields.title(tag), f -> f.asString().analyzer(analyzer)
                    .projectable(Projectable.YES)).toReference());
            // The unified highlighter's offsets, kept in the postings: smaller than term vectors, and read only
            // for the words searched.
            fields.bodies().put(tag, schema.field(SearchFields.body(tag), f -> f.asString().analyzer(analyzer)
                    .projectable(Projectable.YES).highlightable(List.of(Highlightable.UNIFIED))).toReference());
        }
        context.bridge(org.neighbourhood.base.search.Searchable.class, new Bridge(fields, markdown));
    }

    private record Fields(IndexFieldReference<String> type, IndexFieldReference<Long> itemId,
            IndexFieldReference<String> slug, IndexFieldReference<Long> neighbourhood, IndexFieldReference<String> sample,
            IndexFieldReference<Instant> publicFrom, IndexFieldReference<String> hidden,
            IndexFieldReference<Instant> date,
            IndexFieldReference<String> wordStarts, Map<String, IndexFieldReference<String>> titles,
            Map<String, IndexFieldReference<String>> bodies) {
    }

    private record Bridge(Fields fields, MarkdownRenderer markdown)
            implements TypeBridge<org.neighbourhood.base.search.Searchable> {

        @Override
        public void write(DocumentElement target, org.neighbourhood.base.search.Searchable searchable,
                TypeBridgeWriteContext context) {
            var entry = searchable.searchEntry();
            target.addValue(fields.type(), entry.type());
            target.addValue(fields.itemId(), entry.id());
            if (entry.slug() != null) {
                target.addValue(fields.slug(), entry.slug());
            }
            entry.neighbourhoodIds().forEach(id -> target.addValue(fields.neighbourhood(), id));
            target.addValue(fields.sample(), SearchFields.sample(entry.type(), entry.id()));
            if (entry.publicFrom() != null) {
                target.addValue(fields.publicFrom(), entry.publicFrom());
            } else {
                target.addValue(fields.hidden(), SearchFields.NEVER_PUBLIC);
            }
            if (entry.date() != null) {
                target.addValue(fields.date(), entry.date());
            }
            var starts = new ArrayList<String>();
            fields.titles().forEach((language, titleField) -> {
                var text = entry.texts().get(language);
                var title = text != null && text.title() != null && !text.title().isBlank() ? text.title()
                        : entry.name();
                if (title != null && !title.isBlank()) {
                    target.addValue(titleField, title);
                    if (!starts.contains(title)) {
                        starts.add(title);
                    }
                }
                if (text != null && text.body() != null && !text.body().isBlank()) {
                    var body = text.markdown() ? markdown.plainText(text.body(), BODY_MAX)
                            : text.body().length() > BODY_MAX ? text.body().substring(0, BODY_MAX) : text.body();
                    target.addValue(fields.bodies().get(language), body);
                }
            });
            starts.forEach(title -> target.addValue(fields.wordStarts(), title));
        }
    }
}
