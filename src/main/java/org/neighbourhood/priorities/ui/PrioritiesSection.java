package org.neighbourhood.priorities.ui;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.neighbourhood.base.Languages;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.ListSection;
import org.neighbourhood.feedback.ui.UsefulQuestion;
import org.neighbourhood.neighbourhoods.ui.NeighbourhoodPageSection;
import org.neighbourhood.priorities.PriorityService;
import org.neighbourhood.priorities.PriorityService.PublicPriority;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "You said, we did" on a neighbourhood's page: what residents raised and what the team did. */
@Configuration(proxyBeanMethods = false)
class PrioritiesSection {

    @Bean
    NeighbourhoodPageSection prioritiesOfNeighbourhood(PriorityService priorities) {
        var list = new ListSection("priorities", "priorities.heading", "priority-list", "priorities.empty");
        return NeighbourhoodPageSection.at(20, n -> list.show(locale -> priorities.publishedFor(n.id(), locale),
                (priority, locale) -> {
                    var card = card(priority, locale);
                    var anchor = "priority-" + priority.id();
                    card.setId(anchor);
                    card.add(new UsefulQuestion(n.slug(), "/neighbourhoods/" + n.slug() + "#" + anchor));
                    return card;
                }, null));
    }

    /** One priority as the public sees it; the back office's preview shows the very same card. */
    static ListItem card(PublicPriority priority, Locale locale) {
        var item = new ListItem();
        item.addClassName("priority");
        var status = new Span(item.getTranslation(locale, "priority.status." + priority.status().name()));
        status.addClassName("priority__status");
        status.addClassName("priority__status--" + priority.status().name().toLowerCase(Locale.ROOT));
        var heading = ContentLanguage.mark(new H3(priority.issue()), priority.language(), locale);
        var said = new Paragraph(item.getTranslation(locale, "priorities.you-said", date(priority.issueDate(), locale)));
        said.addClassName("priority__label");
        item.add(status, said, heading);
        if (priority.action() != null && !priority.action().isBlank()) {
            var label = priority.actionDate() == null ? item.getTranslation(locale, "priorities.we-are-doing")
                    : item.getTranslation(locale, "priorities.we-did", date(priority.actionDate(), locale));
            var did = new Paragraph(label);
            did.addClassName("priority__label");
            item.add(did, ContentLanguage.mark(new Paragraph(priority.action()), priority.language(), locale));
        }
        if (!priority.inRequestedLanguage()) {
            item.add(ContentLanguage.note(priority.language(), locale));
        }
        return item;
    }

    private static String date(LocalDate date, Locale locale) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Languages.formatting(locale)).format(date);
    }

}
