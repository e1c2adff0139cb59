package org.neighbourhood.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;

import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Messages;
import org.springframework.stereotype.Component;

/** Gives Vaadin's {@code getTranslation} the same bundles and languages as the rest of the portal. */
@Component
class TranslationProvider implements I18NProvider {

    private final Languages languages;
    private final Messages messages;

    TranslationProvider(Languages languages, Messages messages) {
        this.languages = languages;
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return languages.supported();
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }
}
