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

/** An update, with its text in each language it is written in. "Update" is a query keyword: named apart. */
@Entity(name = "TeamUpdate")
@Table(name = "team_update")
class Update extends PagedItem<UpdateContent> {

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
}
