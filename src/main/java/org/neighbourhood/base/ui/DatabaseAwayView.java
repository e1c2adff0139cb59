package org.neighbourhood.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.servlet.http.HttpServletResponse;

import org.neighbourhood.base.DatabaseAway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * "We'll be back in a moment" (503) for a page that needs the database while it cannot be reached. Services
 * own the transactions, so a view meets the database's absence as a transaction that cannot begin; Flow finds
 * this view by that exception's class anywhere in the chain of causes. Any other failure is no concern of
 * this page and keeps Flow's own handling.
 */
@AnonymousAllowed
@ParentLayout(PublicLayout.class)
public class DatabaseAwayView extends Div
        implements HasErrorParameter<CannotCreateTransactionException>, HasDynamicTitle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwayView.class);

    private final PageTitles titles;

    DatabaseAwayView(PageTitles titles) {
        this.titles = titles;
        addClassName("content");
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event,
            ErrorParameter<CannotCreateTransactionException> parameter) {
        log.warn("The database is away: /{} answers 503 ({})", event.getLocation().getPath(),
                parameter.getCaughtException().getMessage());
        removeAll();
        add(new H1(getTranslation("database-away.title")));
        add(new Paragraph(getTranslation("database-away.description")));
        add(new Paragraph(new Anchor(event.getLocation().getPathWithQueryParameters(),
                getTranslation("database-away.retry"))));
        var response = VaadinResponse.getCurrent();
        if (response != null) {
            response.setHeader("Retry-After", String.valueOf(DatabaseAway.RETRY_AFTER.toSeconds()));
        }
        return HttpServletResponse.SC_SERVICE_UNAVAILABLE;
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("database-away.title"));
    }
}
