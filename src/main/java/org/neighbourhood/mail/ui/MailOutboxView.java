package org.neighbourhood.mail.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.mail.MailOutbox;
import org.neighbourhood.mail.MailStatus;
import org.neighbourhood.mail.OutboxEntry;

/**
 * The mail outbox, newest first, a page at a time: what was sent, what waits for its next attempt and why,
 * and what was given up on, with a retry for those; and a test email to check the mail settings.
 */
@Route(value = "admin/mail", layout = AdminLayout.class)
@RolesAllowed("ADMIN")
class MailOutboxView extends Main implements HasDynamicTitle {


    private final MailOutbox outbox;
    private final PageTitles titles;
    private final DateTimeFormatter when;
    private final Grid<OutboxEntry> grid = new Grid<>();
    private final Div details = new Div();
    private final Paragraph message = new Paragraph();

    MailOutboxView(MailOutbox outbox, PageTitles titles) {
        this.outbox = outbox;
        this.titles = titles;
        addClassName("admin-content");
        when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
                .withLocale(Languages.formatting(getLocale())).withZone(Zones.LONDON);
        grid.addColumn(mail -> when.format(mail.createdAt())).setHeader(getTranslation("admin.mail.created"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::maskedRecipient).setHeader(getTranslation("admin.mail.recipient"))
                .setAutoWidth(true);
        grid.addColumn(OutboxEntry::template).setHeader(getTranslation("admin.mail.template")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::language).setHeader(getTranslation("admin.mail.language")).setAutoWidth(true);
        grid.addColumn(mail -> getTranslation("admin.mail.status." + mail.status()))
                .setHeader(getTranslation("admin.mail.status")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::attempts).setHeader(getTranslation("admin.mail.attempts")).setAutoWidth(true);
        grid.addColumn(mail -> mail.status() == MailStatus.PENDING ? when.format(mail.nextAttemptAt()) : "")
                .setHeader(getTranslation("admin.mail.next")).setAutoWidth(true);
        grid.addColumn(mail -> mail.sentAt() == null ? "" : when.format(mail.sentAt()))
                .setHeader(getTranslation("admin.mail.sent")).setAutoWidth(true);
        grid.addColumn(OutboxEntry::lastError).setHeader(getTranslation("admin.mail.error")).setFlexGrow(1);
        grid.setItems(query -> outbox.find(query.getOffset(), query.getLimit()).stream());
        grid.setAriaLabel(getTranslation("admin.mail.title"));
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));

        var address = new EmailField(getTranslation("admin.mail.test.address"));
        address.setErrorMessage(getTranslation("admin.mail.test.invalid"));
        var sendTest = new Button(getTranslation("admin.mail.test.send"), click -> sendTest(address));
        var test = new HorizontalLayout(address, sendTest);
        test.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        message.getElement().setAttribute("role", "status");

        add(new H1(getTranslation("admin.mail.title")), test, message, grid, details);
        show(null);
    }

    private void sendTest(EmailField address) {
        var recipient = address.getValue().strip();
        if (recipient.isEmpty() || address.isInvalid()) {
            address.setInvalid(true);
            return;
        }
        try {
            outbox.sendTest(recipient, getLocale());
            message.setText(getTranslation("admin.mail.test.sent", recipient));
            address.clear();
            grid.getDataProvider().refreshAll();
        } catch (IllegalArgumentException e) {
            address.setInvalid(true);
        }
    }

    private void show(@Nullable OutboxEntry mail) {
        details.removeAll();
        if (mail == null) {
            details.add(new Paragraph(getTranslation("admin.mail.choose")));
            return;
        }
        details.add(new H2(getTranslation("admin.mail.history", mail.id())));
        var attempts = outbox.attemptsOf(mail.id());
        if (attempts.isEmpty()) {
            details.add(new Paragraph(getTranslation("admin.mail.no-attempts")));
        } else {
            var list = new UnorderedList();
            attempts.forEach(attempt -> list.add(new ListItem(when.format(attempt.attemptedAt()) + " – "
                    + getTranslation("admin.mail.outcome." + attempt.outcome())
                    + (attempt.error() == null ? "" : ": " + attempt.error()))));
            details.add(list);
        }
        if (mail.status() == MailStatus.FAILED) {
            var retry = new Button(getTranslation("admin.mail.retry"), click -> retry(mail));
            retry.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            details.add(retry);
        }
    }

    private void retry(OutboxEntry mail) {
        message.setText(outbox.retryNow(mail.id()) ? getTranslation("admin.mail.retried", mail.id())
                : getTranslation("admin.mail.not-failed", mail.id()));
        grid.getDataProvider().refreshAll();
        grid.deselectAll();
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.mail.title"));
    }
}
