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
import org.neighbourhood.base.ui.LightTrees;
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
    private final LightTrees light;

    ConcernPanel(ConcernService concerns, NeighbourhoodDetails neighbourhood, LightTrees light) {
        this.concerns = concerns;
        this.neighbourhoodId = neighbourhood.id();
        this.light = light;
        addClassName("concerns");
        var intro = light.of("concerns/" + neighbourhood.slug() + "/intro", getLocale(),
                () -> new Paragraph(getTranslation("feedback.concerns.text", neighbourhood.name())));
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
        var privacy = light.of("concerns/privacy", getLocale(), () -> {
            var text = new Paragraph(getTranslation("feedback.concerns.privacy"));
            text.addClassName("concerns__privacy");
            return text;
        });
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

    /** This month's most voiced concerns, the same for every visitor until one more is voiced. */
    private void showTop() {
        top.removeAll();
        var month = concerns.currentMonth();
        top.add(light.of("concerns/" + neighbourhoodId + "/top/" + month, getLocale(), () -> {
            var part = new Div(new H3(getTranslation("feedback.concerns.top")));
            var counts = concerns.topConcerns(neighbourhoodId, month);
            if (counts.isEmpty()) {
                part.add(new Paragraph(getTranslation("feedback.concerns.none")));
                return part;
            }
            var list = new OrderedList();
            counts.forEach(count -> list.add(new ListItem(getTranslation("feedback.subject." + count.kind().name())
                    + " — " + getTranslation("feedback.concerns.count", count.count()))));
            part.add(list);
            return part;
        }));
    }
}
