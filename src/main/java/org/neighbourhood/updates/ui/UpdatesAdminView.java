package org.neighbourhood.updates.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
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
class UpdatesAdminView extends ItemEditorView<UpdateService, UpdateText, UpdateContent, UpdateForm> {

    private final Paragraph altWarning = new Paragraph();
    private final UpdateImageEditor image;

    UpdatesAdminView(UpdateService updates, EditorContext context) {
        super(updates, context, "admin.updates", UpdateForm::of);
        this.image = new UpdateImageEditor(updates, this::changedElsewhere);
        altWarning.addClassName("field-message--error");
        altWarning.getElement().setAttribute("aria-live", "polite");
        build();
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
        // An update is its text: each language needs both once either is begun.
        return List.of(bindNeeded(title, language, UpdateForm.TITLE, first, "admin.updates.title.required", body),
                bindNeeded(body, language, UpdateForm.BODY, first, "admin.updates.body.required", title));
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
        var missing = service.missingAltTexts(content);
        altWarning.setText(missing.isEmpty() ? "" : getTranslation("admin.updates.missing-alt",
                String.join(", ", missing)));
    }

    @Override
    protected UpdateForm newForm() {
        return new UpdateForm();
    }

    /** The update as its public page shows it: the rendered, sanitised text, without its picture. */
    @Override
    protected Component card(UpdateContent content, Locale language) {
        var shown = service.preview(content, language);
        var card = new Div(ContentLanguage.mark(new H3(shown.title()), shown.language(), language));
        if (!shown.inRequestedLanguage()) {
            card.add(ContentLanguage.note(shown.language(), language));
        }
        card.add(ContentLanguage.mark(UpdateView.body(shown.bodyHtml()), shown.language(), language));
        return card;
    }
}
