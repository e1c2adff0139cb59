package org.neighbourhood.officers.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;

import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;
import org.neighbourhood.neighbourhoods.ui.NeighbourhoodPageSection;
import org.neighbourhood.officers.OfficerService;

/** "Your team" on a neighbourhood's page: a card for each officer who serves it. */
@org.springframework.stereotype.Component
class TeamSection implements NeighbourhoodPageSection {

    private final OfficerService officers;

    TeamSection(OfficerService officers) {
        this.officers = officers;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Component create(NeighbourhoodDetails neighbourhood) {
        var section = new Section();
        section.addClassName("team");
        section.add(new H2(section.getTranslation("team.heading")));
        var team = officers.findTeam(neighbourhood.id());
        if (team.isEmpty()) {
            var empty = new Paragraph(section.getTranslation("team.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
            return section;
        }
        var cards = new UnorderedList();
        cards.addClassName("officer-cards");
        team.forEach(officer -> cards.add(new OfficerCardView(officer)));
        section.add(cards);
        return section;
    }
}
