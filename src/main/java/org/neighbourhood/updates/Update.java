package org.neighbourhood.updates;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.neighbourhood.publishing.PagedItem;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.neighbourhood.base.search.SearchDocumentBinder;
import org.neighbourhood.base.search.SearchEntry;
import org.neighbourhood.base.search.SearchText;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.base.search.Searchable;

/** An update, with its text in each language it is written in. "Update" is a query keyword: named apart. */
@Indexed(index = "update")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class,
        params = @Param(name = "dependencies", value = "texts,lifecycle.publication,lifecycle.publishAt")))
@Entity(name = "TeamUpdate")
@Table(name = "team_update")
class Update extends PagedItem<UpdateContent> implements Searchable {

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "team_update_text", joinColumns = @JoinColumn(name = "update_id"))
    @MapKeyColumn(name = "language")
    private Map<String, UpdateText> texts = new HashMap<>();

    protected Update() {
    }

    Update(long neighbourhoodId, String slug, Instant now) {
        super(neighbourhoodId, slug, now);
    }

    @Override
    protected void edit(UpdateContent c) {
        texts.clear();
        texts.putAll(c.texts());
    }

    @Override
    protected UpdateContent content() {
        return new UpdateContent(new TreeMap<>(texts));
    }

    /** Its title and body, dated by when it was published. */
    @Override
    public SearchEntry searchEntry() {
        var found = new HashMap<String, SearchText>();
        texts.forEach((language, text) -> found.put(language, SearchText.markdown(text.title(), text.bodyMarkdown())));
        var from = getLifecycle().publicFrom();
        return new SearchEntry(SearchTypes.UPDATE, java.util.Objects.requireNonNull(getId()), getSlug(),
                java.util.Set.of(getNeighbourhoodId()), from, from, null, found);
    }
}
