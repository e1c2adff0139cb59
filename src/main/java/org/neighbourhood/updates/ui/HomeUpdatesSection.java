package org.neighbourhood.updates.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.neighbourhoods.ui.HomePageSection;
import org.neighbourhood.updates.UpdateService;

/** The latest updates across the force, on the home page. */
@org.springframework.stereotype.Component
class HomeUpdatesSection implements HomePageSection {

    private static final int SHOWN = 4;

    private final UpdateService updates;

    HomeUpdatesSection(UpdateService updates) {
        this.updates = updates;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create() {
        var ui = UI.getCurrent();
        var locale = ui.getLocale();
        var section = new Section(new H2(ui.getTranslation("home.updates.heading")));
        section.addClassName("home__section");
        var latest = updates.latest(null, locale, SHOWN);
        if (latest.isEmpty()) {
            var empty = new Paragraph(ui.getTranslation("home.updates.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        var list = new UnorderedList();
        list.addClassName("update-list");
        latest.forEach(u -> list.add(new UpdateCard(u, locale)));
        section.add(list, new Paragraph(new Anchor("/updates", ui.getTranslation("updates.all"))));
        return section;
    }
}
