package org.neighbourhood.security.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.neighbourhood.base.Messages;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.springframework.stereotype.Component;

/**
 * The sign-in pages are personal: never indexed, and — for the emailed reset link above all — never sending
 * their address on in a Referer header.
 */
@Component
class AccountPages implements PageMetadataProvider {

    private static final Map<String, String> TITLES = Map.of("login", "login.title", "login/code", "login.code.title",
            "login/forgot", "login.forgot.title", "login/reset", "login.reset.title", "signed-out",
            "signed-out.title");

    private final PageTitles titles;
    private final Messages messages;

    AccountPages(PageTitles titles, Messages messages) {
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public Optional<PageMetadata> describe(String path, Locale locale) {
        return Optional.ofNullable(TITLES.get(path)).map(key -> PageMetadata.personal(
                titles.title(messages.get(key, locale)), messages.get("login.intro", locale)));
    }
}
