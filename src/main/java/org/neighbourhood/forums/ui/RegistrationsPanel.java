package org.neighbourhood.forums.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;

import org.neighbourhood.base.Refusal;
import org.neighbourhood.forums.signup.Approval;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.forums.signup.RegistrationAdminService.RegistrationRow;
import org.neighbourhood.forums.signup.RegistrationStatus;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who signed up for a session, in order: places, the waiting list, unconfirmed and cancelled. Chairs record
 * attendance, approve listening circle registrants and cancel for someone who asked.
 */
class RegistrationsPanel extends Div {

    private final RegistrationAdminService admin;
    private final Grid<RegistrationRow> grid = new Grid<>();
    private final Paragraph outcome = new Paragraph();
    private final Consumer<String> changed;
    private long sessionId;

    RegistrationsPanel(RegistrationAdminService admin, Consumer<String> changed) {
        this.admin = admin;
        this.changed = changed;
        grid.addColumn(new ComponentRenderer<>(this::person)).setHeader(getTranslation("admin.forums.reg.name"))
                .setFlexGrow(2);
        grid.addColumn(r -> getTranslation("admin.forums.reg.status." + r.status().name())
                        + (r.approval() == null ? "" : " · " + getTranslation("admin.forums.reg.approval." + r.approval())))
                .setHeader(getTranslation("admin.forums.reg.status")).setFlexGrow(1);
        grid.addColumn(r -> r.accessibilityNeeds() == null ? "" : r.accessibilityNeeds())
                .setHeader(getTranslation("admin.forums.reg.needs")).setFlexGrow(1);
        grid.addColumn(new ComponentRenderer<>(this::attendance)).setHeader(getTranslation("admin.forums.reg.attended"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::actions)).setHeader(getTranslation("admin.forums.reg.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAriaLabel(getTranslation("admin.forums.reg.title"));
        grid.setAllRowsVisible(true);
        outcome.getElement().setAttribute("role", "status");
        add(outcome, grid);
    }

    void show(long sessionId) {
        this.sessionId = sessionId;
        grid.setItems(admin.registrations(sessionId));
    }

    /** Name, email and organisation in one cell, so the grid fits a laptop without scrolling sideways. */
    private Div person(RegistrationRow row) {
        var name = new com.vaadin.flow.component.html.Span(row.name());
        name.getStyle().set("font-weight", "600");
        var cell = new Div(name, new Div(row.email()));
        if (row.organisation() != null) {
            cell.add(new Div(row.organisation()));
        }
        return cell;
    }

    private Div attendance(RegistrationRow row) {
        if (row.status() != RegistrationStatus.CONFIRMED) {
            return new Div();
        }
        var came = new RadioButtonGroup<String>();
        came.setAriaLabel(getTranslation("admin.forums.reg.attended-of", row.name()));
        came.setItems("yes", "no");
        came.setItemLabelGenerator(v -> getTranslation("admin.forums.reg.attended." + v));
        came.setValue(row.attended() == null ? null : row.attended() ? "yes" : "no");
        came.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                attempt(() -> admin.recordAttendance(row.id(), event.getValue() == null ? null
                        : "yes".equals(event.getValue())), () -> outcome.setText(
                                getTranslation("admin.forums.reg.attendance-saved", row.name())));
            }
        });
        return new Div(came);
    }

    private Div actions(RegistrationRow row) {
        var buttons = new Div();
        buttons.addClassName("admin-buttons");
        if (row.approval() != null && row.status().isRegistered()) {
            if (row.approval() != Approval.APPROVED) {
                var approve = new Button(getTranslation("admin.forums.reg.approve"), click -> attempt(
                        () -> admin.decide(row.id(), Approval.APPROVED),
                        () -> done(getTranslation("admin.forums.reg.approved", row.name()))));
                approve.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.PRIMARY);
                approve.setAriaLabel(getTranslation("admin.forums.reg.approve-of", row.name()));
                buttons.add(approve);
            }
            if (row.approval() != Approval.DECLINED) {
                var decline = new Button(getTranslation("admin.forums.reg.decline"), click -> attempt(
                        () -> admin.decide(row.id(), Approval.DECLINED),
                        () -> done(getTranslation("admin.forums.reg.declined", row.name()))));
                decline.addThemeVariants(ButtonVariant.SMALL);
                decline.setAriaLabel(getTranslation("admin.forums.reg.decline-of", row.name()));
                buttons.add(decline);
            }
        }
        if (row.status() != RegistrationStatus.CANCELLED) {
            var cancel = new Button(getTranslation("admin.forums.reg.cancel"), click -> {
                var dialog = new ConfirmDialog(getTranslation("admin.forums.reg.cancel-title", row.name()),
                        getTranslation("admin.forums.reg.cancel-text"), getTranslation("admin.forums.reg.cancel"),
                        yes -> attempt(() -> admin.cancelRegistration(row.id()),
                                () -> done(getTranslation("admin.forums.reg.cancelled", row.name()))));
                dialog.setCancelable(true);
                dialog.setCancelText(getTranslation("admin.cancel"));
                dialog.setConfirmButtonTheme("error primary");
                dialog.open();
            });
            cancel.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.ERROR);
            cancel.setAriaLabel(getTranslation("admin.forums.reg.cancel-of", row.name()));
            buttons.add(cancel);
        }
        return buttons;
    }

    /** Makes a change, then says so; or says in the reader's language why it was refused. */
    private void attempt(Runnable change, Runnable done) {
        try {
            change.run();
            done.run();
        } catch (Refusal refused) {
            outcome.setText(getTranslation(refused.key(), refused.arguments()));
        } catch (AccessDeniedException denied) {
            outcome.setText(getTranslation("refusal.not-allowed"));
        }
    }

    private void done(String message) {
        show(sessionId);
        outcome.setText(message);
        changed.accept(message);
    }
}
