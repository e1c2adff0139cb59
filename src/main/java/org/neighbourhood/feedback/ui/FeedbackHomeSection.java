package org.neighbourhood.feedback.ui;

import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;

import org.neighbourhood.admin.ui.AdminHomeSection;
import org.neighbourhood.feedback.FeedbackService;
import org.neighbourhood.security.Permissions;

/** The back-office home's "n due today, m overdue", for those who answer feedback, with the way to the inbox. */
@org.springframework.stereotype.Component
class FeedbackHomeSection implements AdminHomeSection {

    private final FeedbackService feedback;
    private final Permissions permissions;

    FeedbackHomeSection(FeedbackService feedback, Permissions permissions) {
        this.feedback = feedback;
        this.permissions = permissions;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create() {
        var editable = permissions.editableNeighbourhoods();
        if (!editable.all() && editable.neighbourhoodIds().isEmpty()) {
            return Optional.empty();
        }
        var summary = feedback.dueSummary();
        var ui = UI.getCurrent();
        var link = new Anchor("admin/feedback", ui.getTranslation("admin.feedback.due-summary",
                summary.dueToday(), summary.overdue()));
        link.getElement().setAttribute("router-link", true);
        var line = new Paragraph(link);
        line.addClassName("feedback-home");
        return Optional.of(line);
    }
}
