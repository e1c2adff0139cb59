package org.neighbourhood.feedback.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.server.VaadinRequest;

import tools.jackson.databind.JsonNode;

import org.jspecify.annotations.Nullable;
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

    /** Which concern a button voices, on the button, for the shared part's listener. */
    private static final String KIND = "data-kind";
    private static final String PRESSED = "event.target.closest('[data-kind]')?.dataset.kind";

    private final ConcernService concerns;
    private final long neighbourhoodId;
    private final Map<Subject, Button> buttons = new EnumMap<>(Subject.class);
    private final Component choices;
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
        Set<Subject> voiced = BrowserToken.current().map(token -> concerns.voicedBy(neighbourhoodId, token))
                .orElse(Set.of());
        // A first-time visitor's buttons are the same for everyone: one shared part, listened to as a whole.
        choices = voiced.isEmpty() ? light.of("concerns/choices", getLocale(), () -> choices(Set.of()))
                : choices(voiced);
        if (light.isPart(choices)) {
            choices.getElement().addEventListener("click", event -> pressed(event.getEventData().get(PRESSED)))
                    .addEventData(PRESSED).setFilter(PRESSED + " != null");
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

    private Div choices(Set<Subject> voiced) {
        var group = new Div();
        group.addClassName("concerns__choices");
        group.getElement().setAttribute("role", "group");
        group.getElement().setAttribute("aria-label", getTranslation("feedback.concerns.group"));
        for (var kind : concerns.kinds()) {
            var button = new Button(getTranslation("feedback.subject." + kind.name()), click -> voice(kind));
            button.addClassName("concerns__choice");
            button.getElement().setAttribute(KIND, kind.name());
            buttons.put(kind, button);
            group.add(button);
            markButton(kind, voiced.contains(kind));
        }
        return group;
    }

    /** A click on the shared part's buttons, naming its concern as the browser says: only a known one counts. */
    private void pressed(@Nullable JsonNode kind) {
        var name = kind == null ? null : kind.asString(null);
        concerns.kinds().stream().filter(known -> known.name().equals(name)).findFirst().ifPresent(this::voice);
    }

    private void voice(Subject kind) {
        var request = VaadinRequest.getCurrent();
        var address = request == null ? "unknown" : request.getRemoteAddr();
        var label = getTranslation("feedback.subject." + kind.name());
        try {
            boolean counted = concerns.voice(neighbourhoodId, kind, BrowserToken.currentOrIssue(), address);
            status.setText(getTranslation(counted ? "feedback.concerns.counted" : "feedback.concerns.already", label));
            mark(kind);
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

    private void mark(Subject kind) {
        if (!light.isPart(choices)) {
            markButton(kind, true);
            return;
        }
        // The part's markup is shared by every visitor: only this visitor's copy, in the browser, changes.
        choices.getElement().executeJs("""
                const button = this.querySelector(`[data-kind="${$0}"]`);
                if (button && button.getAttribute('aria-pressed') !== 'true') {
                    button.setAttribute('aria-pressed', 'true');
                    button.classList.add('concerns__choice--voiced');
                    const tick = document.createElement('vaadin-icon');
                    tick.setAttribute('icon', 'vaadin:check');
                    tick.setAttribute('slot', 'prefix');
                    tick.setAttribute('aria-hidden', 'true');
                    button.prepend(tick);
                }""", kind.name());
    }

    private void markButton(Subject kind, boolean voiced) {
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
