package org.neighbourhood.updates.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.admin.ui.FormFields;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.publishing.EditableItem;
import org.neighbourhood.publishing.ui.EditorContext;
import org.neighbourhood.publishing.ui.ItemEditorView;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateText;

/**
 * Neighbourhood teams write their updates here, in Markdown: draft, preview, publish now or later, unpublish,
 * delete; with one picture each and a warning for images in the text that have no description.
 */
@Route(value = "admin/updates", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class UpdatesAdminView extends ItemEditorView<UpdateText, UpdateContent, UpdateForm> {

    private final UpdateService updates;
    private final Paragraph altWarning = new Paragraph();
    private final UpdateImageEditor image;

    UpdatesAdminView(UpdateService updates, EditorContext context) {
        super(updates, context, "admin.updates");
        this.updates = updates;
        this.image = new UpdateImageEditor(updates, this::changedElsewhere);
        altWarning.addClassName("field-message--error");
        altWarning.getElement().setAttribute("aria-live", "polite");
        build();
    }

    @Override
    protected void columns(Grid<EditableItem<UpdateContent>> grid) {
        grid.addColumn(u -> title(u.content())).setHeader(getTranslation("admin.updates.title.column"))
                .setFlexGrow(1);
        grid.addColumn(u -> neighbourhoodName(u.neighbourhoodId()))
                .setHeader(getTranslation("admin.priorities.neighbourhood")).setAutoWidth(true);
    }

    @Override
    protected List<Component> fields(Binder<UpdateForm> binder) {
        return List.of();
    }

    @Override
    protected List<Component> textFields(Binder<UpdateForm> binder, String language, String languageName,
            boolean first) {
        var title = FormFields.text(getTranslation("admin.updates.update-title", languageName),
                UpdateContent.TITLE_MAX);
        var body = FormFields.area(getTranslation("admin.updates.body", languageName), UpdateContent.BODY_MAX);
        body.setMinRows(8);
        body.setHelperText(getTranslation("admin.updates.body.helper"));
        // The first language needs both; another needs both once either is begun, or it could not be shown.
        binder.forField(title)
                .withValidator(t -> !t.isBlank() || !first && body.getValue().isBlank(),
                        getTranslation("admin.updates.title.required"))
                .bind(f -> f.text(language, UpdateForm.TITLE), (f, v) -> f.setText(language, UpdateForm.TITLE, v));
        binder.forField(body)
                .withValidator(b -> !b.isBlank() || !first && title.getValue().isBlank(),
                        getTranslation("admin.updates.body.required"))
                .bind(f -> f.text(language, UpdateForm.BODY), (f, v) -> f.setText(language, UpdateForm.BODY, v));
        if (first) {
            title.setRequiredIndicatorVisible(true);
            body.setRequiredIndicatorVisible(true);
        }
        return List.of(title, body);
    }

    @Override
    protected List<Component> extras() {
        return List.of(altWarning, image);
    }

    @Override
    protected void editing(@Nullable EditableItem<UpdateContent> item) {
        image.show(item);
        if (item == null) {
            altWarning.setText("");
        } else {
            checked(item.content());
        }
    }

    /** Images in the Markdown are still shown without a description, but the editor is asked to add one. */
    @Override
    protected void checked(UpdateContent content) {
        var missing = updates.missingAltTexts(content);
        altWarning.setText(missing.isEmpty() ? "" : getTranslation("admin.updates.missing-alt",
                String.join(", ", missing)));
    }

    @Override
    protected UpdateForm newForm() {
        return new UpdateForm();
    }

    @Override
    protected UpdateForm formOf(UpdateContent content) {
        return UpdateForm.of(content);
    }

    /** The update as its public page shows it: the rendered, sanitised text, without its picture. */
    @Override
    protected Component card(UpdateContent content, Locale language) {
        var shown = updates.preview(content, language);
        var card = new Div(ContentLanguage.mark(new H3(shown.title()), shown.language(), language));
        if (!shown.inRequestedLanguage()) {
            card.add(ContentLanguage.note(shown.language(), language));
        }
        card.add(ContentLanguage.mark(UpdateView.body(shown.bodyHtml()), shown.language(), language));
        return card;
    }
}
