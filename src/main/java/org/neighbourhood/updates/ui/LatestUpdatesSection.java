package org.neighbourhood.updates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;
import org.neighbourhood.neighbourhoods.ui.NeighbourhoodPageSection;
import org.neighbourhood.updates.UpdateService;

/** The latest updates of a neighbourhood's team, on its page. */
@org.springframework.stereotype.Component
class LatestUpdatesSection implements NeighbourhoodPageSection {

    private static final int SHOWN = 3;

    private final UpdateService updates;

    LatestUpdatesSection(UpdateService updates) {
        this.updates = updates;
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Component create(NeighbourhoodDetails neighbourhood) {
        var ui = UI.getCurrent();
        var locale = ui.getLocale();
        var section = new Section(new H2(ui.getTranslation("updates.latest")));
        section.addClassName("latest-updates");
        var latest = updates.latest(neighbourhood.id(), locale, SHOWN);
        if (latest.isEmpty()) {
            var empty = new Paragraph(ui.getTranslation("updates.none.here"));
            empty.addClassName("empty-state");
            section.add(empty);
        } else {
            var list = new UnorderedList();
            list.addClassName("update-list");
            latest.forEach(u -> list.add(new UpdateCard(u, locale)));
            section.add(list, new Paragraph(new Anchor("/updates?neighbourhood=" + neighbourhood.slug(),
                    ui.getTranslation("updates.all-for", neighbourhood.name()))));
        }
        return section;
    }
}
