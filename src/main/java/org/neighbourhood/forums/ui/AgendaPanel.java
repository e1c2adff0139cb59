package org.neighbourhood.forums.ui;

import java.util.List;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import org.neighbourhood.base.Refusal;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.agenda.AgendaService.TopicRow;
import org.neighbourhood.forums.agenda.TopicStatus;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.springframework.security.access.AccessDeniedException;

/**
 * The chairs shape the agenda from what attendees proposed and supported: put topics on it in order, set
 * some aside, add their own, then publish it to the session's public page.
 */
class AgendaPanel extends Div {

    private final AgendaService agenda;
    private final SeriesAdminService series;
    private final Grid<TopicRow> grid = new Grid<>();
    private final Paragraph state = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final Button publish = new Button();
    private long sessionId;
    private boolean published;
    private List<TopicRow> rows = List.of();

    AgendaPanel(AgendaService agenda, SeriesAdminService series) {
        this.agenda = agenda;
        this.series = series;
        grid.addColumn(t -> t.position() == null ? "" : t.position().toString())
                .setHeader(getTranslation("agenda.forums.agenda.position")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> t.title() + (t.details() == null ? "" : " — " + t.details()))
                .setHeader(getTranslation("agenda.forums.agenda.topic")).setFlexGrow(3);
        grid.addColumn(TopicRow::supporters).setHeader(getTranslation("agenda.forums.agenda.supporters"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(t -> getTranslation("agenda.forums.agenda.status." + t.status().name()))
                .setHeader(getTranslation("agenda.forums.reg.status")).setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(this::buttons)).setHeader(getTranslation("agenda.forums.reg.actions"))
                .setAutoWidth(true);
        grid.setAriaLabel(getTranslation("agenda.forums.agenda.title"));
        grid.setAllRowsVisible(true);

        var title = new TextField(getTranslation("agenda.forums.agenda.new"));
        title.setMaxLength(200);
        title.setWidth("24rem");
        var addTopic = new Button(getTranslation("agenda.forums.agenda.add"), click -> {
            if (title.getValue().isBlank()) {
                title.setErrorMessage(getTranslation("forum.topic.title.required"));
                title.setInvalid(true);
                return;
            }
            title.setInvalid(false);
            try {
                agenda.addTopic(sessionId, title.getValue(), null);
            } catch (Refusal refused) {
                title.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
                title.setInvalid(true);
                return;
            }
            title.clear();
            refresh(getTranslation("agenda.forums.agenda.added"));
        });
        var adding = new Div(title, addTopic);
        adding.addClassName("admin-buttons");
        publish.addThemeVariants(ButtonVariant.PRIMARY);
        publish.addClickListener(click -> attempt(() -> {
            series.publishAgenda(sessionId, !published);
            published = !published;
        }, () -> getTranslation(published ? "agenda.forums.agenda.published" : "agenda.forums.agenda.withdrawn")));
        outcome.getElement().setAttribute("role", "status");
        add(state, grid, adding, new Div(publish), outcome);
    }

    void show(long sessionId, boolean agendaPublished) {
        this.sessionId = sessionId;
        this.published = agendaPublished;
        refresh("");
    }

    private void refresh(String message) {
        rows = agenda.topics(sessionId);
        grid.setItems(rows);
        state.setText(getTranslation(published ? "agenda.forums.agenda.state.published"
                : "agenda.forums.agenda.state.draft"));
        publish.setText(getTranslation(published ? "agenda.forums.agenda.withdraw" : "agenda.forums.agenda.publish"));
        outcome.setText(message);
    }

    private Div buttons(TopicRow topic) {
        var buttons = new Div();
        buttons.addClassName("admin-buttons");
        if (topic.status() != TopicStatus.ON_AGENDA) {
            int next = (int) rows.stream().filter(t -> t.status() == TopicStatus.ON_AGENDA).count() + 1;
            buttons.add(small("agenda.forums.agenda.put-on", topic, () -> agenda.placeTopic(topic.id(),
                    TopicStatus.ON_AGENDA, next)));
        } else {
            if (topic.position() != null && topic.position() > 1) {
                buttons.add(small("agenda.forums.agenda.up", topic, () -> moveUp(topic)));
            }
            buttons.add(small("agenda.forums.agenda.take-off", topic, () -> agenda.placeTopic(topic.id(),
                    TopicStatus.PROPOSED, null)));
        }
        if (topic.status() != TopicStatus.SET_ASIDE) {
            buttons.add(small("agenda.forums.agenda.set-aside", topic, () -> agenda.placeTopic(topic.id(),
                    TopicStatus.SET_ASIDE, null)));
        }
        return buttons;
    }

    /** Swaps a topic with the one above it on the agenda. */
    private void moveUp(TopicRow topic) {
        int position = topic.position() == null ? 1 : topic.position();
        rows.stream().filter(t -> t.status() == TopicStatus.ON_AGENDA && t.position() != null
                        && t.position() == position - 1)
                .findFirst().ifPresent(above -> agenda.placeTopic(above.id(), TopicStatus.ON_AGENDA, position));
        agenda.placeTopic(topic.id(), TopicStatus.ON_AGENDA, position - 1);
    }

    private Button small(String key, TopicRow topic, Runnable action) {
        var button = new Button(getTranslation(key), click -> attempt(action, () -> getTranslation("agenda.saved")));
        button.addThemeVariants(ButtonVariant.SMALL);
        button.setAriaLabel(getTranslation(key) + ": " + topic.title());
        return button;
    }

    /** Makes a change and says so, or says in the reader's language why it was refused. */
    private void attempt(Runnable change, Supplier<String> done) {
        try {
            change.run();
            refresh(done.get());
        } catch (Refusal refused) {
            refresh(getTranslation(refused.key(), refused.arguments()));
        } catch (AccessDeniedException denied) {
            refresh(getTranslation("refusal.not-allowed"));
        }
    }
}
