package org.neighbourhood.events.ui;

import org.neighbourhood.base.ui.ListSection;
import org.neighbourhood.events.EventService;
import org.neighbourhood.events.EventService.Filter;
import org.neighbourhood.neighbourhoods.ui.HomePageSection;
import org.neighbourhood.neighbourhoods.ui.NeighbourhoodPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The next events, on the home page across the force and on each neighbourhood's page for its team. */
@Configuration(proxyBeanMethods = false)
class EventSections {

    private static final ListSection HOME =
            new ListSection("home__section", "home.events.heading", "event-list", "home.events.empty");
    private static final ListSection NEIGHBOURHOOD =
            new ListSection("upcoming-events", "events.upcoming", "event-list", "events.none.here");

    @Bean
    HomePageSection upcomingEventsOnHome(EventService events) {
        return HomePageSection.at(20, () -> HOME.show(locale -> events.upcoming(Filter.ALL, locale, 4),
                EventCard::new, ListSection.all("/events", "events.all")));
    }

    @Bean
    NeighbourhoodPageSection upcomingEventsOfTeam(EventService events) {
        return NeighbourhoodPageSection.at(30, n -> NEIGHBOURHOOD.show(
                locale -> events.upcoming(new Filter(n.id(), null, null), locale, 5), EventCard::new,
                ListSection.all("/events?neighbourhood=" + n.slug(), "events.all-for", n.name())));
    }
}
