package org.neighbourhood.updates.ui;

import org.neighbourhood.base.ui.ListSection;
import org.neighbourhood.neighbourhoods.ui.HomePageSection;
import org.neighbourhood.neighbourhoods.ui.NeighbourhoodPageSection;
import org.neighbourhood.updates.UpdateService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The latest updates: first on the home page, across the force, and on each neighbourhood's page, its team's,
 * between the priorities and the events.
 */
@Configuration(proxyBeanMethods = false)
class UpdateSections {

    @Bean
    HomePageSection latestUpdatesOnHome(UpdateService updates) {
        var list = new ListSection("home__section", "home.updates.heading", "update-list", "home.updates.empty");
        return HomePageSection.at(10, () -> list.show(locale -> updates.latest(null, locale, 4), UpdateCard::new,
                ListSection.all("/updates", "updates.all")));
    }

    @Bean
    NeighbourhoodPageSection latestUpdatesOfTeam(UpdateService updates) {
        var list = new ListSection("latest-updates", "updates.latest", "update-list", "updates.none.here");
        return NeighbourhoodPageSection.at(25, n -> list.show(locale -> updates.latest(n.id(), locale, 3),
                UpdateCard::new, ListSection.all("/updates?neighbourhood=" + n.slug(), "updates.all-for",
                        n.name())));
    }
}
