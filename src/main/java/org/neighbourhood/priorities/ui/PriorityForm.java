package org.neighbourhood.priorities.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.priorities.PriorityContent;
import org.neighbourhood.priorities.PriorityStatus;
import org.neighbourhood.priorities.PriorityText;
import org.neighbourhood.publishing.ui.ItemForm;

/** What the priority editor's fields hold while someone types, kept even when a save fails. */
final class PriorityForm extends ItemForm<PriorityContent> {

    static final String ISSUE = "issue";
    static final String ACTION = "action";

    private @Nullable LocalDate issueDate;
    private @Nullable LocalDate actionDate;
    private PriorityStatus status = PriorityStatus.OPEN;

    static PriorityForm of(PriorityContent content) {
        var form = new PriorityForm();
        form.setTexts(content.texts(), ISSUE, PriorityText::issue);
        form.setTexts(content.texts(), ACTION, PriorityText::action);
        form.issueDate = content.issueDate();
        form.actionDate = content.actionDate();
        form.status = content.status();
        return form;
    }

    @Override
    public PriorityContent content(List<String> languages) {
        return new PriorityContent(texts(languages, l -> new PriorityText(stripped(l, ISSUE), stripped(l, ACTION))),
                Objects.requireNonNull(issueDate, "the form requires an issue date"), actionDate, status);
    }

    @Nullable LocalDate getIssueDate() {
        return issueDate;
    }

    void setIssueDate(@Nullable LocalDate value) {
        issueDate = value;
    }

    @Nullable LocalDate getActionDate() {
        return actionDate;
    }

    void setActionDate(@Nullable LocalDate value) {
        actionDate = value;
    }

    PriorityStatus getStatus() {
        return status;
    }

    void setStatus(PriorityStatus value) {
        status = value;
    }
}
