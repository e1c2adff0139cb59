package org.neighbourhood.updates.ui;

import java.util.List;

import org.neighbourhood.publishing.ui.ItemForm;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateText;

/** What the update editor's fields hold while someone types, kept even when a save fails. */
final class UpdateForm extends ItemForm<UpdateContent> {

    static final String TITLE = "title";
    static final String BODY = "body";

    static UpdateForm of(UpdateContent content) {
        var form = new UpdateForm();
        form.setTexts(content.texts(), TITLE, UpdateText::title);
        form.setTexts(content.texts(), BODY, UpdateText::bodyMarkdown);
        return form;
    }

    @Override
    public UpdateContent content(List<String> languages) {
        return new UpdateContent(texts(languages, l -> new UpdateText(stripped(l, TITLE), stripped(l, BODY))));
    }
}
