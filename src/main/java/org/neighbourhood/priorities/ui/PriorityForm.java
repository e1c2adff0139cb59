package org.neighbourhood.priorities.ui;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.priorities.PriorityContent;
import org.neighbourhood.priorities.PriorityStatus;

/** What the priority editor's fields hold while someone types, kept even when a save fails. */
final class PriorityForm {

    private @Nullable NeighbourhoodSummary neighbourhood;
    private String issue = "";
    private String issuePl = "";
    private @Nullable LocalDate issueDate;
    private String action = "";
    private String actionPl = "";
    private @Nullable LocalDate actionDate;
    private PriorityStatus status = PriorityStatus.OPEN;

    static PriorityForm of(@Nullable NeighbourhoodSummary neighbourhood, PriorityContent content) {
        var form = new PriorityForm();
        form.neighbourhood = neighbourhood;
        form.issue = content.issue();
        form.issuePl = orEmpty(content.issuePl());
        form.issueDate = content.issueDate();
        form.action = orEmpty(content.action());
        form.actionPl = orEmpty(content.actionPl());
        form.actionDate = content.actionDate();
        form.status = content.status();
        return form;
    }

    PriorityContent content() {
        return new PriorityContent(issue.strip(), blankToNull(issuePl), Objects.requireNonNull(issueDate, "the form requires an issue date"),
                blankToNull(action), blankToNull(actionPl), actionDate, status);
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }

    @Nullable NeighbourhoodSummary getNeighbourhood() {
        return neighbourhood;
    }

    void setNeighbourhood(@Nullable NeighbourhoodSummary neighbourhood) {
        this.neighbourhood = neighbourhood;
    }

    String getIssue() {
        return issue;
    }

    void setIssue(String issue) {
        this.issue = issue;
    }

    String getIssuePl() {
        return issuePl;
    }

    void setIssuePl(String issuePl) {
        this.issuePl = issuePl;
    }

    @Nullable LocalDate getIssueDate() {
        return issueDate;
    }

    void setIssueDate(@Nullable LocalDate issueDate) {
        this.issueDate = issueDate;
    }

    String getAction() {
        return action;
    }

    void setAction(String action) {
        this.action = action;
    }

    String getActionPl() {
        return actionPl;
    }

    void setActionPl(String actionPl) {
        this.actionPl = actionPl;
    }

    @Nullable LocalDate getActionDate() {
        return actionDate;
    }

    void setActionDate(@Nullable LocalDate actionDate) {
        this.actionDate = actionDate;
    }

    PriorityStatus getStatus() {
        return status;
    }

    void setStatus(PriorityStatus status) {
        this.status = status;
    }
}
