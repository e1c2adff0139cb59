package org.neighbourhood.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.persistence.EntityManagerFactory;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.hibernate.search.backend.lucene.LuceneBackend;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.Search;
import org.neighbourhood.base.search.SearchAnalyzers;
import org.neighbourhood.base.search.SearchFields;
import org.neighbourhood.base.search.Searchable;
import org.springframework.stereotype.Component;

/**
 * The words a typo was probably meant to be, looked up once per search in the titles' own words. A word the titles
 * use is left alone; one they do not use is replaced by the used words one letter away (a swapped pair of letters
 * counts as one), the most used first. Queries then ask for plain words, so that neither the counting nor the
 * highlighting of each hit has to expand a typo again.
 */
@Component
class Typos {

    private static final int PER_WORD = 3;

    private final EntityManagerFactory entityManagerFactory;
    private final DirectSpellChecker checker = new DirectSpellChecker();

    Typos(EntityManagerFactory entityManagerFactory) {
        this.entityManagerFactory = entityManagerFactory;
        checker.setMaxEdits(1);
        checker.setMinPrefix(1);
        checker.setMinQueryLength(4);
    }

    /** For each language, the indexed title words the text's unknown words were probably meant to be. */
    Map<String, Set<String>> corrections(String text, List<String> languages) {
        var mapping = Search.mapping(entityManagerFactory);
        var backend = mapping.backend().unwrap(LuceneBackend.class);
        var corrected = new TreeMap<String, Set<String>>();
        try (IndexReader reader = mapping.scope(Searchable.class).extension(LuceneExtension.get()).openIndexReader()) {
            for (var language : languages) {
                var field = SearchFields.title(language);
                var analyzer = backend.analyzer(SearchAnalyzers.forLanguage(language)).orElseThrow();
                var words = new LinkedHashSet<String>();
                for (var word : terms(analyzer, field, text)) {
                    for (var suggestion : checker.suggestSimilar(new Term(field, word), PER_WORD, reader,
                            SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX)) {
                        words.add(suggestion.string);
                    }
                }
                corrected.put(language, words);
            }
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return corrected;
    }

    private static List<String> terms(Analyzer analyzer, String field, String text) throws IOException {
        var terms = new ArrayList<String>();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
