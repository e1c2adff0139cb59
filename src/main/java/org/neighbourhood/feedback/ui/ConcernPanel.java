package org.neighbourhood.feedback.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;

import org.neighbourhood.base.DatabaseAway;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.feedback.ConcernService;
import org.neighbourhood.feedback.Subject;
import org.neighbourhood.neighbourhoods.NeighbourhoodDetails;

/**
 * One press per local concern, counted once a month per browser, and this month's most voiced concerns. A pressed
 * concern stays marked as counted; what happened is said in a polite live region, never by moving focus.
 */
class ConcernPanel extends Div {

    private final ConcernService concerns;
    private final long neighbourhoodId;
    private final Map<Subject, Button> buttons = new EnumMap<>(Subject.class);
    private final Paragraph status = new Paragraph();
    private final Div top = new Div();

    ConcernPanel(ConcernService concerns, NeighbourhoodDetails neighbourhood) {
        this.concerns = concerns;
        this.neighbourhoodId = neighbourhood.id();
        addClassName("concerns");
        var intro = new Paragraph(getTranslation("feedback.concerns.text", neighbourhood.name()));
        var choices = new Div();
        choices.addClassName("concerns__choices");
        choices.getElement().setAttribute("role", "group");
        choices.getElement().setAttribute("aria-label", getTranslation("feedback.concerns.group"));
        Set<Subject> voiced = BrowserToken.current().map(token -> concerns.voicedBy(neighbourhoodId, token))
                .orElse(Set.of());
        for (var kind : concerns.kinds()) {
            var button = new Button(getTranslation("feedback.subject." + kind.name()), click -> voice(kind));
            button.addClassName("concerns__choice");
            buttons.put(kind, button);
            choices.add(button);
            mark(kind, voiced.contains(kind));
        }
        status.addClassName("concerns__status");
        status.getElement().setAttribute("role", "status");
        var privacy = new Paragraph(getTranslation("feedback.concerns.privacy"));
        privacy.addClassName("concerns__privacy");
        top.addClassName("concerns__top");
        add(intro, choices, status, privacy, top);
        showTop();
    }

    private void voice(Subject kind) {
        var request = VaadinRequest.getCurrent();
        var address = request == null ? "unknown" : request.getRemoteAddr();
        var label = getTranslation("feedback.subject." + kind.name());
        try {
            boolean counted = concerns.voice(neighbourhoodId, kind, BrowserToken.currentOrIssue(), address);
            status.setText(getTranslation(counted ? "feedback.concerns.counted" : "feedback.concerns.already", label));
            mark(kind, true);
            showTop();
        } catch (Refusal refusal) {
            status.setText(getTranslation(refusal.key(), refusal.arguments()));
        } catch (RuntimeException failure) {
            if (!DatabaseAway.isCause(failure)) {
                throw failure;
            }
            status.setText(getTranslation("database-away.form"));
        }
    }

    private void mark(Subject kind, boolean voiced) {
        var button = buttons.get(kind);
        button.getElement().setAttribute("aria-pressed", Boolean.toString(voiced));
        button.setClassName("concerns__choice--voiced", voiced);
        if (voiced) {
            var tick = VaadinIcon.CHECK.create();
            tick.getElement().setAttribute("aria-hidden", "true");
            button.setPrefixComponent(tick);
        }
    }

    private void showTop() {
        top.removeAll();
        top.add(new H3(getTranslation("feedback.concerns.top")));
        var counts = concerns.topConcerns(neighbourhoodId, concerns.currentMonth());
        if (counts.isEmpty()) {
            top.add(new Paragraph(getTranslation("feedback.concerns.none")));
            return;
        }
        var list = new OrderedList();
        counts.forEach(count -> {
            var item = new ListItem(getTranslation("feedback.subject." + count.kind().name()) + " — "
                    + getTranslation("feedback.concerns.count", count.count()));
            list.add(item);
        });
        top.add(list);
    }
}
