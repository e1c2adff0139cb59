package org.neighbourhood.forums.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import org.neighbourhood.forums.ForumAdminService;
import org.neighbourhood.forums.ForumAdminService.TopicRow;
import org.neighbourhood.forums.TopicStatus;

/**
 * The chairs shape the agenda from what attendees proposed and supported: put topics on it in order, set
 * some aside, add their own, then publish it to the session's public page.
 */
class AgendaPanel extends Div {

    private final ForumAdminService admin;
    private final Grid<TopicRow> grid = new Grid<>();
    private final Paragraph state = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final Button publish = new Button();
    private long sessionId;
    private boolean published;
    private List<TopicRow> rows = List.of();

    AgendaPanel(ForumAdminService admin) {
        this.admin = admin;
        grid.addColumn(t -> t.position() == null ? "" : t.position().toString())
                .setHeader(getTranslation("admin.forums.agenda.position")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.title() + (t.details() == null ? "" : " — " + t.details()))
                .setHeader(getTranslation("admin.forums.agenda.topic")).setFlexGrow(3);
        grid.addColumn(TopicRow::supporters).setHeader(getTranslation("admin.forums.agenda.supporters"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("admin.forums.agenda.status." + t.status().name()))
                .setHeader(getTranslation("admin.forums.reg.status")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::buttons)).setHeader(getTranslation("admin.forums.reg.actions"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("admin.forums.agenda.title"));
        grid.setAllRowsVisible(true);

        var title = new TextField(getTranslation("admin.forums.agenda.new"));
        title.setMaxLength(200);
        title.setWidth("24rem");
        var addTopic = new Button(getTranslation("admin.forums.agenda.add"), click -> {
            if (title.getValue().isBlank()) {
                title.setErrorMessage(getTranslation("forum.topic.title.required"));
                title.setInvalid(true);
                return;
            }
            title.setInvalid(false);
            admin.addTopic(sessionId, title.getValue(), null);
            title.clear();
            refresh(getTranslation("admin.forums.agenda.added"));
        });
        var adding = new Div(title, addTopic);
        adding.addClassName("admin-buttons");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(click -> {
            admin.publishAgenda(sessionId, !published);
            published = !published;
            refresh(getTranslation(published ? "admin.forums.agenda.published" : "admin.forums.agenda.withdrawn"));
        });
        outcome.getElement().setAttribute("role", "status");
        add(state, grid, adding, new Div(publish), outcome);
    }

    void show(long sessionId, boolean agendaPublished) {
        this.sessionId = sessionId;
        this.published = agendaPublished;
        refresh("");
    }

    private void refresh(String message) {
        rows = admin.topics(sessionId);
        grid.setItems(rows);
        state.setText(getTranslation(published ? "admin.forums.agenda.state.published"
                : "admin.forums.agenda.state.draft"));
        publish.setText(getTranslation(published ? "admin.forums.agenda.withdraw" : "admin.forums.agenda.publish"));
        outcome.setText(message);
    }

    private Div buttons(TopicRow topic) {
        var buttons = new Div();
        buttons.addClassName("admin-buttons");
        if (topic.status() != TopicStatus.ON_AGENDA) {
            int next = (int) rows.stream().filter(t -> t.status() == TopicStatus.ON_AGENDA).count() + 1;
            buttons.add(small("admin.forums.agenda.put-on", topic, () -> admin.placeTopic(topic.id(),
                    TopicStatus.ON_AGENDA, next)));
        } else {
            if (topic.position() != null && topic.position() > 1) {
                buttons.add(small("admin.forums.agenda.up", topic, () -> moveUp(topic)));
            }
            buttons.add(small("admin.forums.agenda.take-off", topic, () -> admin.placeTopic(topic.id(),
                    TopicStatus.PROPOSED, null)));
        }
        if (topic.status() != TopicStatus.SET_ASIDE) {
            buttons.add(small("admin.forums.agenda.set-aside", topic, () -> admin.placeTopic(topic.id(),
                    TopicStatus.SET_ASIDE, null)));
        }
        return buttons;
    }

    /** Swaps a topic with the one above it on the agenda. */
    private void moveUp(TopicRow topic) {
        int position = topic.position() == null ? 1 : topic.position();
        rows.stream().filter(t -> t.status() == TopicStatus.ON_AGENDA && t.position() != null
                        && t.position() == position - 1)
                .findFirst().ifPresent(above -> admin.placeTopic(above.id(), TopicStatus.ON_AGENDA, position));
        admin.placeTopic(topic.id(), TopicStatus.ON_AGENDA, position - 1);
    }

    private Button small(String key, TopicRow topic, Runnable action) {
        var button = new Button(getTranslation(key), click -> {
            action.run();
            refresh(getTranslation("admin.saved"));
        });
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + topic.title());
        return button;
    }
}
