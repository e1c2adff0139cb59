package org.neighbourhood.publishing.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.security.Permissions;
import org.springframework.stereotype.Component;

/** What every item editor needs from around it, handed over as one. */
@Component
public class EditorContext {

    final NeighbourhoodService neighbourhoods;
    final Permissions permissions;
    final PageTitles titles;
    final ContentLanguages languages;
    final Clock clock;

    EditorContext(NeighbourhoodService neighbourhoods, Permissions permissions, PageTitles titles,
            ContentLanguages languages, Clock clock) {
        this.neighbourhoods = neighbourhoods;
        this.permissions = permissions;
        this.titles = titles;
        this.languages = languages;
        this.clock = clock;
    }

    /** The neighbourhoods the signed-in user may write for, by name. */
    List<NeighbourhoodSummary> editableNeighbourhoods() {
        var editable = permissions.editableNeighbourhoods();
        return neighbourhoods.findAll().stream().filter(n -> editable.includes(n.id()))
                .sorted(Comparator.comparing(NeighbourhoodSummary::name)).toList();
    }

    public ContentLanguages languages() {
        return languages;
    }

    public Clock clock() {
        return clock;
    }

    /** Today in London by the portal's clock, which tests can move. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.LONDON));
    }
}
