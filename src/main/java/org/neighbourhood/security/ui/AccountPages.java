package org.neighbourhood.security.ui;

import java.util.Locale;

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

    private final PageTitles titles;
    private final Messages messages;

    AccountPages(PageTitles titles, Messages messages) {
        this.titles = titles;
        this.messages = messages;
    }

    @Override
    public void register(Pages pages) {
        pages.describe(LoginView.class, (route, locale) -> personal("login.title", locale));
        pages.describe(TwoStepView.class, (route, locale) -> personal("login.code.title", locale));
        pages.describe(ForgotPasswordView.class, (route, locale) -> personal("login.forgot.title", locale));
        pages.describe(ResetPasswordView.class, (route, locale) -> personal("login.reset.title", locale));
        pages.describe(SignedOutView.class, (route, locale) -> personal("signed-out.title", locale));
    }

    private PageMetadata personal(String titleKey, Locale locale) {
        return PageMetadata.personal(titles.title(messages.get(titleKey, locale)), messages.get("login.intro", locale));
    }
}
