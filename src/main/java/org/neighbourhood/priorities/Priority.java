package org.neighbourhood.priorities;

import java.time.Instant;
import java.time.LocalDate;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import org.hibernate.annotations.Fetch;
import org.hibernate.annotations.FetchMode;
import org.neighbourhood.publishing.TeamItem;
import org.jspecify.annotations.Nullable;
import org.hibernate.search.mapper.pojo.bridge.mapping.annotation.TypeBinderRef;
import org.hibernate.search.mapper.pojo.common.annotation.Param;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.TypeBinding;
import org.neighbourhood.base.search.SearchDocumentBinder;
import org.neighbourhood.base.search.SearchEntry;
import org.neighbourhood.base.search.SearchText;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.base.search.Searchable;

/** A neighbourhood's priority, with its text in each language it is written in. */
@Indexed(index = "priority")
@TypeBinding(binder = @TypeBinderRef(type = SearchDocumentBinder.class,
        params = @Param(name = "dependencies", value = "texts,issueDate,lifecycle.publication,lifecycle.publishAt")))
@Entity
class Priority extends TeamItem<PriorityContent> implements Searchable {

    static final int ISSUE_MAX = 1000;
    static final int ACTION_MAX = 2000;

    @ElementCollection(fetch = FetchType.EAGER)
    @Fetch(FetchMode.SUBSELECT)
    @CollectionTable(name = "priority_text", joinColumns = @JoinColumn(name = "priority_id"))
    @MapKeyColumn(name = "language")
    private Map<String, PriorityText> texts = new HashMap<>();
    private LocalDate issueDate = LocalDate.EPOCH;
    private @Nullable LocalDate actionDate;
    @Enumerated(EnumType.STRING)
    private PriorityStatus status = PriorityStatus.OPEN;

    protected Priority() {
    }

    Priority(long neighbourhoodId, Instant now) {
        super(neighbourhoodId, now);
    }

    @Override
    protected void edit(PriorityContent content) {
        texts.clear();
        texts.putAll(content.texts());
        this.issueDate = content.issueDate();
        this.actionDate = content.actionDate();
        this.status = content.status();
    }

    @Override
    protected PriorityContent content() {
        return new PriorityContent(new TreeMap<>(texts), issueDate, actionDate, status);
    }

    /** Found on its neighbourhood's page: the concern raised, and what the team did. */
    @Override
    public SearchEntry searchEntry() {
        var found = new HashMap<String, SearchText>();
        texts.forEach((language, text) -> found.put(language, SearchText.markdown(text.issue(), text.action())));
        return new SearchEntry(SearchTypes.PRIORITY, java.util.Objects.requireNonNull(getId()), null,
                java.util.Set.of(getNeighbourhoodId()), getLifecycle().publicFrom(),
                issueDate.atStartOfDay(org.neighbourhood.base.Zones.LONDON).toInstant(), null, found);
    }
}
