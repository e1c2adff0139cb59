package org.neighbourhood.forums.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.forums.signup.Approval;
import org.neighbourhood.forums.signup.RegistrationStatus;
import org.neighbourhood.forums.signup.SignUpService;
import org.neighbourhood.forums.signup.SignUpService.LinkState;
import org.neighbourhood.forums.signup.SignUpService.MyRegistration;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;

/**
 * A person's own registration, through the link in every email: where they stand, where the session is
 * (for a listening circle once approved), the agenda topics to propose and support, feedback afterwards,
 * and cancelling.
 */
@Route(value = "signup/manage", layout = PublicLayout.class)
@AnonymousAllowed
class ManageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final SignUpService signUps;
    private final AgendaService agenda;
    private final AfterSessionService after;
    private final PageTitles titles;
    private String token = "";

    ManageView(SignUpService signUps, AgendaService agenda, AfterSessionService after, PageTitles titles) {
        this.signUps = signUps;
        this.agenda = agenda;
        this.after = after;
        this.titles = titles;
        addClassName("content");
        addClassName("manage-registration");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("t").orElse("");
        render();
    }

    private void render() {
        removeAll();
        var locale = UI.getCurrent().getLocale();
        var found = signUps.manage(token, locale);
        if (found.isEmpty() || found.get().state() != LinkState.VALID) {
            add(new FreshLinkPanel(signUps, found.map(MyRegistration::state).orElse(LinkState.UNKNOWN), token));
            return;
        }
        var me = found.get();
        var session = me.session();
        var parameters = new RouteParameters(java.util.Map.of("series", session.seriesSlug(), "session",
                session.sessionSlug()));
        var sessionLink = ContentLanguage.mark(new RouterLink(session.title().text(), ForumSessionView.class,
                parameters), session.title().language(), locale);
        var kicker = ContentLanguage.mark(new Paragraph(session.seriesName().text()), session.seriesName().language(),
                locale);
        kicker.addClassName("kicker");
        add(kicker, new H1(getTranslation("forum.manage.title")));
        var what = new Paragraph(sessionLink);
        what.add(" · " + TimeRanges.format(session.startsAt(), session.endsAt(), locale));
        what.addClassName("lead");
        add(what);
        if (!session.title().inRequestedLanguage()) {
            add(ContentLanguage.note(session.title().language(), locale));
        }
        var status = new Paragraph(statusText(me));
        status.addClassName("form-done");
        add(status);

        if (me.where() != null && me.status().isRegistered()) {
            var where = new Section(new H2(getTranslation("event.where")));
            var w = me.where();
            where.add(new Paragraph(getTranslation("event.format." + w.format().name())));
            if (w.venueName() != null) {
                where.add(new Paragraph(w.venueName() + (w.venueAddress() == null ? "" : ", " + w.venueAddress())));
            }
            if (w.onlineUrl() != null) {
                var link = new Anchor(w.onlineUrl(), getTranslation("event.join-online"));
                link.getElement().setAttribute("rel", "noopener nofollow");
                where.add(new Paragraph(link));
            }
            if (w.accessibilityNotes() != null) {
                where.add(new Paragraph(w.accessibilityNotes()));
            }
            add(where);
        }

        var details = new Section(new H2(getTranslation("forum.manage.details")));
        details.add(new Paragraph(me.name() + " · " + me.email()));
        if (me.organisation() != null) {
            details.add(new Paragraph(getTranslation("forum.manage.organisation", me.organisation())));
        }
        if (me.accessibilityNeeds() != null) {
            details.add(new Paragraph(getTranslation("forum.manage.needs", me.accessibilityNeeds())));
        }
        details.add(new Paragraph(getTranslation("forum.manage.change")));
        add(details);

        if (me.open()) {
            add(topics(me));
        }
        if (me.feedbackOpen()) {
            add(feedback(session.listeningCircle()));
        }
        if (me.open()) {
            add(cancelSection());
        } else if (me.status() == RegistrationStatus.CANCELLED) {
            add(new Paragraph(new RouterLink(getTranslation("forum.manage.sign-up-again"), ForumSessionView.class,
                    new RouteParameters(java.util.Map.of("series", session.seriesSlug(), "session",
                            session.sessionSlug())))));
        }
    }

    private String statusText(MyRegistration me) {
        return switch (me.status()) {
            case PENDING -> getTranslation("forum.manage.status.pending");
            case WAITING -> getTranslation("forum.manage.status.waiting", me.waitingPosition());
            case CANCELLED -> getTranslation("forum.manage.status.cancelled");
            case CONFIRMED -> me.approval() == Approval.AWAITING ? getTranslation("forum.manage.status.awaiting")
                    : me.approval() == Approval.DECLINED ? getTranslation("forum.manage.status.declined")
                    : getTranslation("forum.manage.status.confirmed");
        };
    }

    private Section topics(MyRegistration me) {
        var section = new Section(new H2(getTranslation("forum.topics.heading")));
        section.add(new Paragraph(getTranslation("forum.topics.intro")));
        var topics = agenda.topics(token);
        if (topics.isEmpty()) {
            section.add(ForumSeriesView.empty(getTranslation("forum.topics.empty")));
        } else {
            var list = new UnorderedList();
            list.addClassName("topic-list");
            for (var topic : topics) {
                var item = new ListItem();
                item.addClassName("topic");
                item.add(new H3(topic.title()));
                if (topic.details() != null) {
                    item.add(new Paragraph(topic.details()));
                }
                var count = new Paragraph(getTranslation("forum.topics.supporters", topic.supporters()));
                count.addClassName("event-card__kind");
                item.add(count);
                if (topic.mine()) {
                    var mine = new Paragraph(getTranslation("forum.topics.mine"));
                    mine.addClassName("event-card__kind");
                    item.add(mine);
                } else {
                    var support = new Button(getTranslation(topic.supported() ? "forum.topics.withdraw"
                            : "forum.topics.support"), click -> {
                                try {
                                    agenda.toggleSupport(token, topic.id());
                                } catch (Refusal closed) {
                                    // Topics closed since the page was drawn: drawn again, it no longer offers them.
                                }
                                render();
                            });
                    support.getElement().setAttribute("aria-pressed", Boolean.toString(topic.supported()));
                    support.getElement().setAttribute("aria-label",
                            getTranslation("forum.topics.support-label", topic.title()));
                    item.add(support);
                }
                list.add(item);
            }
            section.add(list);
        }
        var title = new TextField(getTranslation("forum.topics.title"));
        title.setMaxLength(200);
        title.setWidthFull();
        title.setManualValidation(true);
        var details = new TextArea(getTranslation("forum.topics.details"));
        details.setMaxLength(1000);
        details.setWidthFull();
        details.setManualValidation(true);
        var propose = new Button(getTranslation("forum.topics.propose"));
        propose.addClickListener(click -> {
            var problems = agenda.proposeTopic(token, title.getValue(), details.getValue());
            if (problems.isEmpty()) {
                render();
                return;
            }
            problems.forEach((field, key) -> {
                var target = "details".equals(field) ? details : title;
                if (target == details) {
                    details.setErrorMessage(getTranslation(key));
                    details.setInvalid(true);
                    details.focus();
                } else {
                    title.setErrorMessage(getTranslation(key));
                    title.setInvalid(true);
                    title.focus();
                }
            });
        });
        section.add(new H3(getTranslation("forum.topics.new")), title, details, propose);
        return section;
    }

    private Section feedback(boolean circle) {
        var section = new Section(new H2(getTranslation("forum.feedback.heading")));
        var body = new TextArea(getTranslation("forum.feedback.body"));
        body.setMaxLength(4000);
        body.setWidthFull();
        body.setManualValidation(true);
        var anonymous = new Checkbox(getTranslation(circle ? "forum.feedback.anonymous-circle"
                : "forum.feedback.anonymous"));
        var done = new Paragraph();
        done.getElement().setAttribute("role", "status");
        var send = new Button(getTranslation("forum.feedback.send"), click -> {
            var problems = after.giveFeedback(token, body.getValue(), anonymous.getValue());
            if (problems.isEmpty()) {
                body.clear();
                body.setInvalid(false);
                done.setText(getTranslation("forum.feedback.thanks"));
            } else {
                body.setErrorMessage(getTranslation(problems.values().iterator().next()));
                body.setInvalid(true);
                body.focus();
            }
        });
        section.add(body, anonymous, send, done);
        return section;
    }

    private Section cancelSection() {
        var section = new Section(new H2(getTranslation("forum.cancel.heading")));
        section.add(new Paragraph(getTranslation("forum.cancel.intro")));
        var cancel = new Button(getTranslation("forum.cancel.button"));
        cancel.addThemeVariants(ButtonVariant.ERROR);
        cancel.addClickListener(click -> {
            var dialog = new ConfirmDialog(getTranslation("forum.cancel.confirm-title"),
                    getTranslation("forum.cancel.confirm-text"), getTranslation("forum.cancel.confirm-yes"),
                    yes -> {
                        signUps.cancel(token);
                        render();
                    });
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("forum.cancel.confirm-no"));
            dialog.setConfirmButtonTheme("error primary");
            dialog.open();
        });
        section.add(cancel);
        return section;
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("forum.manage.title"));
    }
}
