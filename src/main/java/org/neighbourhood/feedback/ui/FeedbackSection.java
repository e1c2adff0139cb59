package org.neighbourhood.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.neighbourhood.feedback.ConcernService;
import org.neighbourhood.neighbourhoods.ui.NeighbourhoodPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Tell us what concerns you" on each neighbourhood's page: a concern in one press, this month's top concerns,
 * and the way to write to the team.
 */
@Configuration(proxyBeanMethods = false)
class FeedbackSection {

    @Bean
    NeighbourhoodPageSection feedbackInvitation(ConcernService concerns) {
        return NeighbourhoodPageSection.at(40, n -> {
            var section = new Section();
            section.addClassName("feedback-invitation");
            var heading = new H2(section.getTranslation("feedback.section.heading"));
            heading.setId("concerns");
            section.getElement().setAttribute("aria-labelledby", "concerns");
            var text = new Paragraph(section.getTranslation("feedback.section.text", n.name()));
            var link = new Anchor("/feedback?neighbourhood=" + n.slug(), section.getTranslation("feedback.section.link"));
            link.addClassName("feedback-invitation__link");
            section.add(heading, new ConcernPanel(concerns, n), text, new Paragraph(link));
            return section;
        });
    }
}
