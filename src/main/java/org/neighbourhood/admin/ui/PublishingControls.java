package org.neighbourhood.admin.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import jakarta.validation.ConstraintViolationException;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.PublicationState;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;

/**
 * The publishing buttons every back-office editor of a team's items shares: save, preview, publish now or at a
 * set time, unpublish and delete after confirmation, with the item's state and the outcome of each step in words,
 * including the refusals (someone else's newer change, no permission, invalid content). The editor supplies what
 * differs through {@link Actions}; the controls keep the item being edited.
 */
public class PublishingControls<T extends PublicationState> extends Div {


    /** What the controls ask of the editor around them; each may throw what the service throws. */
    public interface Actions<T> {

        /** Stores the form: a new item when {@code current} is null. Empty when a field needs attention. */
        Optional<T> save(@Nullable T current);

        /** Shows the form as the public will see it; false when a field needs attention. */
        boolean preview();

        T publish(T item, @Nullable Instant at);

        T unpublish(T item);

        void delete(T item);

        /** The item's name in the delete confirmation. */
        String name(T item);

        /** The item was stored, published or unpublished: lists, headings and history follow. */
        void changed(T item);

        /** The item was deleted: lists follow and the form starts afresh. */
        void deleted();
    }

    private final Actions<T> actions;
    private final String deleteTitleKey;
    private final Paragraph state = new Paragraph();
    private final Paragraph outcome = new Paragraph();
    private final DateTimePicker publishAt = new DateTimePicker();
    private @Nullable T editing;

    /** @param deleteTitleKey the translation key of the delete confirmation's title, naming the kind of item */
    public PublishingControls(Actions<T> actions, String deleteTitleKey) {
        this.actions = actions;
        this.deleteTitleKey = deleteTitleKey;
        var save = new Button(getTranslation("admin.priorities.save-draft"), click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var preview = new Button(getTranslation("admin.priorities.preview"), click -> preview());
        var publishNow = new Button(getTranslation("admin.priorities.publish"), click -> publish(null));
        // No required indicator: the date-time picker's required flag trips axe's aria-allowed-attr rule.
        publishAt.setLabel(getTranslation("admin.priorities.publish-at"));
        publishAt.setStep(Duration.ofMinutes(15));
        FormFields.localise(publishAt, getLocale());
        var schedule = new Button(getTranslation("admin.priorities.schedule"), click -> schedule());
        var unpublish = new Button(getTranslation("admin.priorities.unpublish"), click -> unpublish());
        var delete = new Button(getTranslation("admin.priorities.delete"), click -> confirmDelete());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var buttons = new Div(save, preview, publishNow, publishAt, schedule, unpublish, delete);
        buttons.addClassName("admin-buttons");
        outcome.getElement().setAttribute("role", "status");
        add(buttons, outcome);
    }

    /** The item's state in words, for the editor to place above its form. */
    public Paragraph stateLabel() {
        return state;
    }

    /** The item being edited; null for a new one not saved yet. */
    public @Nullable T editing() {
        return editing;
    }

    /** Starts editing an item, or (null) a new one. */
    public void edit(@Nullable T item) {
        editing = item;
        state.setText(item == null ? getTranslation("admin.priorities.state.new") : describe(this, item));
    }

    /** A service's refusal in the reader's words; a language among its arguments is named in them too. */
    public static String say(Component owner, Refusal refused) {
        var arguments = Arrays.stream(refused.arguments())
                .map(a -> a instanceof Locale language ? language.getDisplayLanguage(UI.getCurrent().getLocale()) : a)
                .toArray();
        return owner.getTranslation(refused.key(), arguments);
    }

    /** How an item stands with the public, in words, for the state label and grid columns. */
    public static String describe(Component owner, PublicationState item) {
        return HistoryPanel.state(owner, item.publication(), item.publishAt(), item.live());
    }

    /** Saves the form as a draft (or as the new text of a published item); true when stored. */
    private boolean save() {
        outcome.setText("");
        try {
            var saved = actions.save(editing);
            if (saved.isEmpty()) {
                outcome.setText(getTranslation("admin.fix-fields"));
                return false;
            }
            outcome.setText(getTranslation("admin.saved"));
            changed(saved.get());
            return true;
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (ConstraintViolationException invalid) {
            outcome.setText(getTranslation("refusal.invalid"));
        } catch (Refusal refused) {
            outcome.setText(say(this, refused));
        } catch (AccessDeniedException refused) {
            outcome.setText(getTranslation("refusal.not-allowed"));
        }
        return false;
    }

    private void preview() {
        if (!actions.preview()) {
            outcome.setText(getTranslation("admin.fix-fields"));
        }
    }

    private void schedule() {
        var at = publishAt.getValue();
        if (at == null) {
            publishAt.setErrorMessage(getTranslation("admin.priorities.publish-at.required"));
            publishAt.setInvalid(true);
            return;
        }
        publishAt.setInvalid(false);
        publish(at.atZone(Zones.LONDON).toInstant());
    }

    private void publish(@Nullable Instant at) {
        if (save() && editing != null) {
            var item = editing;
            change(() -> actions.publish(item, at),
                    at == null ? "admin.priorities.published" : "admin.priorities.scheduled");
        }
    }

    private void unpublish() {
        if (editing != null) {
            var item = editing;
            change(() -> actions.unpublish(item), "admin.priorities.unpublished");
        }
    }

    private void change(Supplier<T> operation, String doneKey) {
        try {
            var changed = operation.get();
            outcome.setText(getTranslation(doneKey, describe(this, changed)));
            changed(changed);
        } catch (ObjectOptimisticLockingFailureException stale) {
            outcome.setText(getTranslation("admin.stale"));
        } catch (AccessDeniedException refused) {
            outcome.setText(getTranslation("refusal.not-allowed"));
        }
    }

    private void changed(T item) {
        edit(item);
        actions.changed(item);
    }

    private void confirmDelete() {
        if (editing == null) {
            return;
        }
        var target = editing;
        var dialog = new ConfirmDialog(getTranslation(deleteTitleKey),
                getTranslation("admin.priorities.delete.text", actions.name(target)),
                getTranslation("admin.priorities.delete"), confirmed -> {
                    try {
                        actions.delete(target);
                        actions.deleted();
                        outcome.setText(getTranslation("admin.priorities.deleted"));
                    } catch (ObjectOptimisticLockingFailureException stale) {
                        outcome.setText(getTranslation("admin.stale"));
                    } catch (AccessDeniedException refused) {
                        outcome.setText(getTranslation("refusal.not-allowed"));
                    }
                });
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("admin.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }
}
