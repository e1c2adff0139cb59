package org.neighbourhood.demo;

import java.util.List;
import java.util.Map;

import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/**
 * The descriptions the boundary import cannot give: it sets each neighbourhood's in the first content language only,
 * so Riverside's Welsh and Polish ones are added here, through the same service the back office uses.
 */
final class DemoNeighbourhoods {

    /** Riverside's description in each language besides English, by language tag. */
    private static final Map<String, String> RIVERSIDE = Map.of(
            "cy", "Mae Riverside yn cwmpasu canol y dref ar hyd yr afon: yr arglawdd, yr orsaf fysiau, tafarndai a "
                    + "bwytai’r nos, a’r fflatiau ger y marina.",
            "pl", "Riverside obejmuje centrum miasta wzdłuż rzeki: nabrzeże, dworzec autobusowy, lokale otwarte do "
                    + "późna i mieszkania przy przystani.");

    private DemoNeighbourhoods() {
    }

    static void translate(NeighbourhoodService neighbourhoods) {
        neighbourhoods.findBySlugs(List.of(DemoData.WELSH_NEIGHBOURHOOD)).stream()
                .map(NeighbourhoodSummary::id)
                .forEach(id -> {
                    var opened = neighbourhoods.editableContact(id);
                    var contact = opened.contact();
                    for (var translation : RIVERSIDE.entrySet()) {
                        contact = contact.withSummary(translation.getKey(), translation.getValue());
                    }
                    neighbourhoods.updateContact(id, opened.version(), contact);
                });
    }
}
