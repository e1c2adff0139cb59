package org.neighbourhood.feedback.ui;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.feedback.EntryKind;
import org.neighbourhood.feedback.FeedbackService;
import org.neighbourhood.feedback.FeedbackService.Assignee;
import org.neighbourhood.feedback.FeedbackService.Entry;
import org.neighbourhood.feedback.FeedbackService.TeamView;
import org.springframework.security.access.AccessDeniedException;

/**
 * One item opened for the team: the resident's message and the conversation since, internal notes marked as
 * such, and the steps the team may take. Every text is shown as text, never as markup; a refused step keeps
 * what was typed.
 */
class FeedbackDetail extends Section {

    private final FeedbackService feedback;
    private final DateTimeFormatter when;
    private final Map<Long, String> neighbourhoodNames;
    private final Runnable changed;
    private final H2 heading = new H2();
    private final Paragraph facts = new Paragraph();
    private final Paragraph message = new Paragraph();
    private final Paragraph page = new Paragraph();
    private final Div conversation = new Div();
    private final ComboBox<Assignee> assignee = new ComboBox<>();
    private final TextArea note = new TextArea();
    private final TextArea answer = new TextArea();
    private final Button close = new Button();
    private final Button reopen = new Button();
    private final Button spam = new Button();
    private final Paragraph outcome = new Paragraph();
    private @Nullable TeamView item;
    private boolean filling;

    FeedbackDetail(FeedbackService feedback, DateTimeFormatter when, Map<Long, String> neighbourhoodNames,
            Runnable changed) {
        this.feedback = feedback;
        this.when = when;
        this.neighbourhoodNames = neighbourhoodNames;
        this.changed = changed;
        addClassName("feedback-detail");
        message.addClassName("feedback-detail__message");
        conversation.addClassName("feedback-detail__conversation");

        assignee.setLabel(getTranslation("admin.feedback.assignee"));
        assignee.setItemLabelGenerator(Assignee::displayName);
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("admin.feedback.nobody"));
        assignee.addValueChangeListener(event -> {
            if (!filling && item != null) {
                var chosen = event.getValue();
                step(id -> feedback.assign(id, chosen == null ? null : chosen.accountId()), "admin.feedback.assigned");
            }
        });

        note.setLabel(getTranslation("admin.feedback.note"));
        note.setHelperText(getTranslation("admin.feedback.note.helper"));
        note.setMaxLength(FeedbackService.MESSAGE_MAX);
        note.setWidthFull();
        var addNote = new Button(getTranslation("admin.feedback.note.add"),
                click -> step(id -> feedback.note(id, note.getValue()), "admin.feedback.noted", note));

        answer.setLabel(getTranslation("admin.feedback.answer"));
        answer.setMaxLength(FeedbackService.MESSAGE_MAX);
        answer.setWidthFull();
        var send = new Button(getTranslation("admin.feedback.answer.send"),
                click -> step(id -> feedback.answer(id, answer.getValue()), "admin.feedback.answered", answer));
        send.addThemeVariants(ButtonVariant.PRIMARY);

        close.setText(getTranslation("admin.feedback.close"));
        close.addClickListener(click -> step(feedback::close, "admin.feedback.closed"));
        reopen.setText(getTranslation("admin.feedback.reopen"));
        reopen.addClickListener(click -> step(feedback::reopen, "admin.feedback.reopened"));
        spam.setText(getTranslation("admin.feedback.spam"));
        spam.addThemeVariants(ButtonVariant.ERROR);
        spam.addClickListener(click -> confirmSpam());

        outcome.getElement().setAttribute("role", "status");
        add(heading, facts, new H3(getTranslation("admin.feedback.message")), message, page,
                new H3(getTranslation("admin.feedback.conversation")), conversation, assignee,
                note, new Div(addNote), answer, new Div(send), new Div(close, reopen, spam), outcome);
    }

    void open(TeamView opened) {
        item = opened;
        heading.setText(getTranslation("admin.feedback.item", opened.reference()));
        var place = opened.neighbourhoodId() == null ? getTranslation("admin.feedback.force")
                : neighbourhoodNames.getOrDefault(opened.neighbourhoodId(), "");
        var status = getTranslation("feedback.status." + opened.status().name())
                + (opened.spam() ? " · " + getTranslation("admin.feedback.spam.flag") : "")
                + (opened.overdue() ? " · " + getTranslation("admin.feedback.overdue") : "");
        facts.setText(getTranslation("admin.feedback.facts", place,
                getTranslation("feedback.subject." + opened.subject().name()), when.format(opened.receivedAt()),
                when.format(opened.dueAt()), status)
                + " " + (opened.name() == null ? getTranslation("admin.feedback.from-anonymous")
                        : getTranslation("admin.feedback.from", opened.name()))
                + " " + getTranslation(opened.answerable() ? "admin.feedback.answerable" : "admin.feedback.not-answerable"));
        message.setText(opened.message());
        page.removeAll();
        if (opened.page() != null) {
            var link = new Anchor(opened.page(), opened.page());
            link.setTarget("_blank");
            page.add(new Span(getTranslation("admin.feedback.page") + " "), link);
            if (opened.useful() != null) {
                page.add(new Span(" " + getTranslation("admin.feedback.useful." + opened.useful())));
            }
        }
        page.setVisible(opened.page() != null);
        conversation.removeAll();
        if (opened.conversation().isEmpty()) {
            conversation.add(new Paragraph(getTranslation("admin.feedback.conversation.none")));
        }
        opened.conversation().forEach(entry -> conversation.add(entry(entry)));
        filling = true;
        try {
            var choices = feedback.assignable(opened.id());
            assignee.setItems(choices);
            assignee.setValue(choices.stream().filter(a -> Objects.equals(a.accountId(), opened.assigneeId()))
                    .findFirst().orElse(null));
        } finally {
            filling = false;
        }
        answer.setEnabled(!opened.spam());
        close.setVisible(opened.status() != org.neighbourhood.feedback.FeedbackStatus.CLOSED && !opened.spam());
        reopen.setVisible(opened.status() == org.neighbourhood.feedback.FeedbackStatus.CLOSED || opened.spam());
        spam.setVisible(!opened.spam());
    }

    private Div entry(Entry entry) {
        var label = new Span(getTranslation("admin.feedback.entry." + entry.kind().name(),
                entry.author() == null ? "" : entry.author(), when.format(entry.at())));
        label.addClassName("feedback-entry__label");
        var body = new Paragraph(entry.kind() == EntryKind.ESCALATION
                ? getTranslation("admin.feedback.escalated-to." + entry.body()) : entry.body());
        var block = new Div(label, body);
        block.addClassNames("feedback-entry", "feedback-entry--" + entry.kind().name().toLowerCase(java.util.Locale.ROOT));
        return block;
    }

    private void confirmSpam() {
        var dialog = new ConfirmDialog(getTranslation("admin.feedback.spam.title"),
                getTranslation("admin.feedback.spam.text"), getTranslation("admin.feedback.spam"),
                confirmed -> step(feedback::markSpam, "admin.feedback.spam.marked"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.open();
    }

    /** Takes a step on the open item; only once it is taken is the field it came from emptied. */
    private void step(Function<Long, TeamView> action, String doneKey, TextArea... typedInto) {
        var current = item;
        if (current == null) {
            return;
        }
        outcome.setText("");
        try {
            var after = action.apply(current.id());
            for (var field : typedInto) {
                field.clear();
            }
            open(after);
            outcome.setText(getTranslation(doneKey));
            changed.run();
        } catch (Refusal refused) {
            outcome.setText(getTranslation(refused.key(), refused.arguments()));
        } catch (AccessDeniedException refused) {
            outcome.setText(getTranslation("refusal.not-allowed"));
        }
    }
}
