package org.neighbourhood.forums.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.Localised;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.forums.signup.RegistrationStatus;
import org.neighbourhood.forums.signup.SignUpService;
import org.neighbourhood.forums.signup.SignUpService.LinkState;

/**
 * The page the confirmation email links to. Opening it changes nothing (mail scanners open links too);
 * the person presses "Confirm my place", and only then does the sign-up count.
 */
@Route(value = "signup/confirm", layout = PublicLayout.class)
@AnonymousAllowed
class ConfirmView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SignUpService signUps;
    private final PageTitles titles;

    ConfirmView(SignUpService signUps, PageTitles titles) {
        this.signUps = signUps;
        this.titles = titles;
        addClassName("content");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        var token = event.getLocation().getQueryParameters().getSingleParameter("t").orElse("");
        var locale = UI.getCurrent().getLocale();
        var page = signUps.confirmPage(token, locale);
        if (page.state() != LinkState.VALID || page.session() == null) {
            add(new FreshLinkPanel(signUps, page.state(), token));
            return;
        }
        var session = page.session();
        add(new H1(getTranslation("forum.confirm.title")));
        var when = TimeRanges.format(session.startsAt(), session.endsAt(), locale);
        var lead = ContentLanguage.sentence(locale, "forum.confirm.for", session.seriesName(), session.title(),
                new Localised<>(when, locale, true));
        lead.addClassName("lead");
        add(lead);
        if (!session.seriesName().inRequestedLanguage() || !session.title().inRequestedLanguage()) {
            add(ContentLanguage.note(session.title().inRequestedLanguage() ? session.seriesName().language()
                    : session.title().language(), locale));
        }
        var confirm = new Button(getTranslation("forum.confirm.button"));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            var result = signUps.confirm(token);
            removeAll();
            if (result.state() != LinkState.VALID || result.status() == null) {
                add(new FreshLinkPanel(signUps, result.state(), token));
                return;
            }
            var heading = new H1(getTranslation(result.status() == RegistrationStatus.WAITING
                    ? "forum.confirm.waiting" : "forum.confirm.done"));
            add(heading);
            if (result.status() == RegistrationStatus.WAITING) {
                add(ForumsView.lead(getTranslation("forum.confirm.waiting-position", result.waitingPosition())));
            } else if (session.listeningCircle()) {
                add(ForumsView.lead(getTranslation("forum.confirm.circle")));
            } else {
                add(ForumsView.lead(getTranslation("forum.confirm.place")));
            }
            add(new Paragraph(getTranslation("forum.confirm.email-sent")));
            add(new Paragraph(new Anchor("/signup/manage?t=" + result.manageToken(),
                    getTranslation("forum.confirm.manage"))));
        });
        add(new Paragraph(confirm));
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("forum.confirm.title"));
    }
}
