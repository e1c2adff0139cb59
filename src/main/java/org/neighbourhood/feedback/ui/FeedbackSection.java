package org.neighbourhood.feedback.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

import org.neighbourhood.base.ui.LightTrees;
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
    NeighbourhoodPageSection feedbackInvitation(ConcernService concerns, LightTrees light) {
        return NeighbourhoodPageSection.interactive(40, n -> {
            var section = new Section();
            section.addClassName("feedback-invitation");
            var locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
            var part = "feedback/" + n.slug() + "/";
            var heading = light.of(part + "heading", locale, () -> {
                var h2 = new H2(section.getTranslation("feedback.section.heading"));
                h2.setId("concerns");
                return h2;
            });
            section.getElement().setAttribute("aria-labelledby", "concerns");
            var text = light.of(part + "text", locale,
                    () -> new Paragraph(section.getTranslation("feedback.section.text", n.name())));
            var link = light.of(part + "link", locale, () -> {
                var anchor = new Anchor("/feedback?neighbourhood=" + n.slug(),
                        section.getTranslation("feedback.section.link"));
                anchor.addClassName("feedback-invitation__link");
                return new Paragraph(anchor);
            });
            section.add(heading, new ConcernPanel(concerns, n, light), text, link);
            return section;
        });
    }
}
