package org.neighbourhood.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.security.SessionLimits;

/** Where a session ended by {@link SessionLimitsFilter} lands: why it ended, and a way back in. */
@Route(value = "signed-out", layout = PublicLayout.class)
@AnonymousAllowed
class SignedOutView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SessionLimits limits;
    private final PageTitles titles;
    private final Paragraph why = new Paragraph();

    SignedOutView(SessionLimits limits, PageTitles titles) {
        this.limits = limits;
        this.titles = titles;
        addClassName("content");
        add(new H1(getTranslation("signed-out.title")), why,
                new Anchor("login", getTranslation("signed-out.sign-in")));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var reason = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse("");
        why.setText(switch (reason) {
            case "idle" -> getTranslation("signed-out.idle", limits.idle().toMinutes());
            case "absolute" -> getTranslation("signed-out.absolute", limits.absolute().toHours());
            default -> getTranslation("signed-out.other");
        });
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("signed-out.title"));
    }
}
