package org.neighbourhood.mail.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Deployment;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Messages;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageMetadata;
import org.neighbourhood.base.ui.PageMetadataProvider;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.mail.CaughtMail;
import org.neighbourhood.mail.LocalMailCatcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The demo mailbox: every email the local mail catcher received, newest first, to read as a mail program
 * would show it. There is no such page where mail goes to a real server. Open to anyone in the demo, whose
 * mail is fictional; in a trial that catches mail locally it is real people's mail, for administrators only.
 */
@AnonymousAllowed
@Route(value = MailboxView.PATH, layout = PublicLayout.class)
class MailboxView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String PATH = "mailbox";
    private static final String LOGIN_PATH = "login";


    private final @Nullable LocalMailCatcher catcher;
    private final PageTitles titles;
    private final Grid<CaughtMail> grid = new Grid<>();
    private final Div reader = new Div();

    private final Deployment deployment;
    private final AuthenticationContext authentication;

    MailboxView(ObjectProvider<LocalMailCatcher> catcher, PageTitles titles, Deployment deployment,
            AuthenticationContext authentication) {
        this.catcher = catcher.getIfAvailable();
        this.titles = titles;
        this.deployment = deployment;
        this.authentication = authentication;
        addClassName("content");
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Languages.formatting(getLocale())).withZone(Zones.LONDON);
        grid.addColumn(mail -> mail.sentAt() == null ? "" : when.format(mail.sentAt()))
                .setHeader(getTranslation("mailbox.sent")).setAutoWidth(true);
        grid.addColumn(CaughtMail::to).setHeader(getTranslation("mailbox.to")).setAutoWidth(true);
        grid.addColumn(CaughtMail::subject).setHeader(getTranslation("mailbox.subject")).setFlexGrow(1);
        grid.setAriaLabel(getTranslation("mailbox.title"));
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("mailbox.empty"));
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        var refresh = new Button(getTranslation("mailbox.refresh"), click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(new H1(getTranslation("mailbox.title")), new Paragraph(getTranslation("mailbox.intro")), refresh, grid,
                reader);
        refresh();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (catcher == null) {
            event.rerouteToError(NotFoundException.class);
        } else if (!deployment.isDemo() && !authentication.hasRole("ADMIN")) {
            if (authentication.isAuthenticated()) {
                event.rerouteToError(NotFoundException.class);
            } else {
                event.forwardTo(LOGIN_PATH);
            }
        }
    }

    private void refresh() {
        grid.setItems(catcher == null ? java.util.List.of() : catcher.caught());
        show(null);
    }

    private void show(@Nullable CaughtMail mail) {
        reader.removeAll();
        if (mail == null) {
            reader.add(new Paragraph(getTranslation("mailbox.choose")));
            return;
        }
        var html = new IFrame();
        // No scripts, no access to the portal's origin; links open in a new tab.
        html.setSandbox(IFrame.SandboxType.ALLOW_POPUPS, IFrame.SandboxType.ALLOW_POPUPS_TO_ESCAPE_SANDBOX);
        html.setSrcdoc(withLinksInNewTab(mail.html()));
        html.setTitle(getTranslation("mailbox.html"));
        html.setWidthFull();
        html.setHeight("32rem");
        html.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)");
        reader.add(new H2(mail.subject()), new Paragraph(mail.from() + " → " + mail.to()),
                new H3(getTranslation("mailbox.html")), html,
                new H3(getTranslation("mailbox.text")), new Pre(mail.text()));
    }

    static String withLinksInNewTab(String html) {
        var base = "<base target=\"_blank\">";
        var head = html.indexOf("<head>");
        return head < 0 ? base + html : html.substring(0, head + 6) + base + html.substring(head + 6);
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("mailbox.title"));
    }

    /** The first HTML: a page where mail is caught locally, not found anywhere else. */
    @Component
    static class Metadata implements PageMetadataProvider {

        private final ObjectProvider<LocalMailCatcher> catcher;
        private final PageTitles titles;
        private final Messages messages;

        Metadata(ObjectProvider<LocalMailCatcher> catcher, PageTitles titles, Messages messages) {
            this.catcher = catcher;
            this.titles = titles;
            this.messages = messages;
        }

        @Override
        public void register(Pages pages) {
            pages.describe(MailboxView.class, (route, locale) -> catcher.getIfAvailable() == null
                    ? titles.notFound(locale)
                    : titles.page(messages.get("mailbox.title", locale), messages.get("mailbox.description", locale)));
        }
    }
}
