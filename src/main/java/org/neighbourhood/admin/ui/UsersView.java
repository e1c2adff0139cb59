package org.neighbourhood.admin.ui;

import java.util.EnumSet;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.security.LinkableOfficers.LinkableOfficer;
import org.neighbourhood.security.OfficerAlreadyLinkedException;
import org.neighbourhood.security.Role;
import org.neighbourhood.security.UserService;
import org.neighbourhood.security.UserService.UserSummary;
import org.springframework.orm.ObjectOptimisticLockingFailureException;

/**
 * Administrators add accounts, give them roles and neighbourhoods, link an account to the officer whose own
 * profile it may edit, and disable them; they hand out one-time passwords, turn off the two-step sign-in of
 * someone who lost their phone, and can require two-step sign-in of every administrator.
 */
@Route(value = "admin/users", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
class UsersView extends Main implements HasDynamicTitle {

    private final UserService users;
    private final PageTitles titles;
    private final Grid<UserSummary> grid = new Grid<>();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    private final MultiSelectComboBox<NeighbourhoodSummary> neighbourhoods = new MultiSelectComboBox<>();
    private final ComboBox<LinkableOfficer> officer = new ComboBox<>();
    private final Checkbox enabled = new Checkbox();
    private final H2 formHeading = new H2();
    private final Paragraph outcome = new Paragraph();
    private final Button resetPassword = new Button();
    private final Button turnOffTwoStep = new Button();
    private final Checkbox adminsNeedTwoStep = new Checkbox();
    private @Nullable UserSummary editing;

    UsersView(UserService users, NeighbourhoodService neighbourhoodService, PageTitles titles) {
        this.users = users;
        this.titles = titles;
        addClassName("admin-content");
        resetPassword.setText(getTranslation("admin.users.reset-password"));
        turnOffTwoStep.setText(getTranslation("admin.users.two-step-off"));

        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("admin.users.name")).setAutoWidth(true);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("admin.users.username")).setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().map(role -> getTranslation("role." + role.name()))
                .sorted().collect(Collectors.joining(", "))).setHeader(getTranslation("admin.users.roles"));
        var officerNames = users.linkableOfficers().stream()
                .collect(Collectors.toMap(LinkableOfficer::id, LinkableOfficer::name));
        grid.addColumn(user -> user.officerId() == null ? "" : officerNames.getOrDefault(user.officerId(), ""))
                .setHeader(getTranslation("admin.users.officer")).setAutoWidth(true);
        grid.addColumn(user -> user.enabled() ? getTranslation("admin.users.active")
                : getTranslation("admin.users.disabled")).setHeader(getTranslation("admin.users.status"));
        grid.addColumn(user -> getTranslation(user.usesTwoStep() ? "admin.users.two-step.yes"
                : "admin.users.two-step.no")).setHeader(getTranslation("admin.users.two-step-column"));
        grid.setAriaLabel(getTranslation("admin.users.title"));
        grid.asSingleSelect().addValueChangeListener(event -> edit(event.getValue()));
        grid.setAllRowsVisible(true);

        username.setLabel(getTranslation("admin.users.username"));
        username.setRequired(true);
        displayName.setLabel(getTranslation("admin.users.name"));
        displayName.setRequired(true);
        email.setLabel(getTranslation("admin.users.email"));
        roles.setLabel(getTranslation("admin.users.roles"));
        roles.setItems(EnumSet.allOf(Role.class));
        roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
        neighbourhoods.setLabel(getTranslation("admin.users.neighbourhoods"));
        neighbourhoods.setHelperText(getTranslation("admin.users.neighbourhoods.helper"));
        neighbourhoods.setItems(neighbourhoodService.findAll());
        neighbourhoods.setItemLabelGenerator(NeighbourhoodSummary::name);
        officer.setLabel(getTranslation("admin.users.officer"));
        officer.setHelperText(getTranslation("admin.users.officer.helper"));
        officer.setItems(users.linkableOfficers());
        officer.setItemLabelGenerator(LinkableOfficer::name);
        officer.setClearButtonVisible(true);
        enabled.setLabel(getTranslation("admin.users.may-sign-in"));
        var save = new Button(getTranslation("admin.save"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var add = new Button(getTranslation("admin.users.new"), click -> edit(null));
        resetPassword.addClickListener(click -> resetPassword());
        turnOffTwoStep.addClickListener(click -> turnOffTwoStep());
        var form = new FormLayout(username, displayName, email, roles, neighbourhoods, officer, enabled);
        outcome.getElement().setAttribute("role", "status");
        var buttons = new Div(save, add, resetPassword, turnOffTwoStep);
        buttons.addClassName("admin-buttons");
        adminsNeedTwoStep.setLabel(getTranslation("admin.users.admins-need-two-step"));
        adminsNeedTwoStep.setValue(users.adminsNeedTwoStep());
        adminsNeedTwoStep.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                users.requireTwoStepForAdmins(event.getValue());
                outcome.setText(getTranslation(event.getValue() ? "admin.users.admins-need-two-step.on"
                        : "admin.users.admins-need-two-step.off"));
            }
        });

        add(new H1(getTranslation("admin.users.title")), adminsNeedTwoStep, grid, formHeading, form, buttons,
                outcome);
        edit(null);
        refresh();
    }

    private void edit(@Nullable UserSummary user) {
        editing = user;
        formHeading.setText(getTranslation(user == null ? "admin.users.new" : "admin.users.edit"));
        username.setReadOnly(user != null);
        username.setValue(user == null ? "" : user.username());
        displayName.setValue(user == null ? "" : user.displayName());
        email.setValue(user == null || user.email() == null ? "" : user.email());
        roles.setValue(user == null ? EnumSet.of(Role.EDITOR) : user.roles());
        neighbourhoods.setValue(user == null ? java.util.Set.of() : neighbourhoods.getListDataView().getItems()
                .filter(n -> user.neighbourhoodIds().contains(n.id())).collect(Collectors.toSet()));
        officer.setValue(user == null || user.officerId() == null ? null : officer.getListDataView().getItems()
                .filter(o -> o.id() == user.officerId()).findFirst().orElse(null));
        enabled.setValue(user == null || user.enabled());
        resetPassword.setVisible(user != null);
        turnOffTwoStep.setVisible(user != null && user.usesTwoStep());
        username.setInvalid(false);
        email.setInvalid(false);
        officer.setInvalid(false);
        displayName.setInvalid(false);
    }

    private void save() {
        outcome.setText("");
        var name = displayName.getValue().strip();
        displayName.setInvalid(name.isEmpty());
        displayName.setErrorMessage(getTranslation("admin.users.name.required"));
        if (name.isEmpty()) {
            return;
        }
        var ids = neighbourhoods.getValue().stream().map(NeighbourhoodSummary::id).collect(Collectors.toSet());
        var emailValue = email.getValue().isBlank() ? null : email.getValue().strip();
        var officerId = officer.getValue() == null ? null : officer.getValue().id();
        officer.setInvalid(false);
        try {
            if (editing == null) {
                var created = users.create(username.getValue(), name, emailValue, roles.getValue(), ids, officerId,
                        null);
                outcome.setText(getTranslation("admin.users.created", created.user().username(),
                        created.temporaryPassword()));
            } else {
                users.update(editing.id(), editing.version(), name, emailValue, roles.getValue(), ids, officerId,
                        enabled.getValue());
                outcome.setText(getTranslation("admin.users.saved", editing.username()));
            }
            refresh();
            edit(null);
        } catch (OfficerAlreadyLinkedException taken) {
            officer.setErrorMessage(getTranslation("admin.users.officer.taken", taken.username()));
            officer.setInvalid(true);
        } catch (Refusal refused) {
            var field = "email".equals(refused.field()) ? email : username;
            field.setErrorMessage(getTranslation(refused.key(), refused.arguments()));
            field.setInvalid(true);
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        }
    }

    private void resetPassword() {
        if (editing != null) {
            var password = users.resetPassword(editing.id());
            outcome.setText(getTranslation("admin.users.password-reset", editing.username(), password));
            refresh();
        }
    }

    private void turnOffTwoStep() {
        if (editing != null) {
            users.turnOffTwoStep(editing.id());
            outcome.setText(getTranslation("admin.users.two-step-turned-off", editing.username()));
            refresh();
            edit(null);
        }
    }

    private void refresh() {
        grid.setItems(users.findAll());
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.users.title"));
    }
}
