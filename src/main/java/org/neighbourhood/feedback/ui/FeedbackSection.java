package org.neighbourhood.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.neighbourhood.neighbourhoods.ui.NeighbourhoodPageSection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** "Tell us what concerns you" on each neighbourhood's page, leading to the feedback form for that team. */
@Configuration(proxyBeanMethods = false)
class FeedbackSection {

    @Bean
    NeighbourhoodPageSection feedbackInvitation() {
        return NeighbourhoodPageSection.at(40, n -> {
            var section = new Section();
            section.addClassName("feedback-invitation");
            var heading = new H2(section.getTranslation("feedback.section.heading"));
            var text = new Paragraph(section.getTranslation("feedback.section.text", n.name()));
            var link = new Anchor("/feedback?neighbourhood=" + n.slug(), section.getTranslation("feedback.section.link"));
            link.addClassName("feedback-invitation__link");
            section.add(heading, text, new Paragraph(link));
            return section;
        });
    }
}
