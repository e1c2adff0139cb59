package org.neighbourhood.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.DatabaseAway;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.feedback.EntryKind;
import org.neighbourhood.feedback.FeedbackService;
import org.neighbourhood.feedback.FeedbackService.ResidentView;

/**
 * A resident's own feedback, through the link in their emails: its reference and status, the conversation
 * with the team, a form to write again, and asking for escalation once the time to answer has passed. A link
 * that does not work says so and nothing more.
 */
@Route(value = "feedback/yours", layout = PublicLayout.class)
@AnonymousAllowed
class YourFeedbackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackService feedback;
    private final FeedbackPages pages;
    private String token = "";

    YourFeedbackView(FeedbackService feedback, FeedbackPages pages) {
        this.feedback = feedback;
        this.pages = pages;
        addClassName("content");
        addClassName("your-feedback");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation().getQueryParameters().getSingleParameter("t").orElse("");
        var found = token.isBlank() ? java.util.Optional.<ResidentView>empty() : feedback.view(token);
        if (found.isEmpty()) {
            notFound();
        } else {
            render(found.get(), null);
        }
    }

    private void notFound() {
        removeAll();
        add(new H1(getTranslation("feedback.yours.not-found.title")),
                new Paragraph(getTranslation("feedback.yours.not-found")));
    }

    private void render(ResidentView view, @Nullable String notice) {
        removeAll();
        var locale = UI.getCurrent().getLocale();
        add(new H1(getTranslation("feedback.yours.title")));
        var reference = new Paragraph(getTranslation("feedback.yours.reference", view.reference()));
        reference.addClassName("lead");
        add(reference);
        add(new Paragraph(getTranslation("feedback.yours.about",
                view.neighbourhoodName() == null ? getTranslation("feedback.neighbourhood.force")
                        : view.neighbourhoodName(),
                getTranslation("feedback.subject." + view.subject().name()))));
        var status = new Paragraph(getTranslation("feedback.yours.status",
                getTranslation("feedback.status." + view.status().name())));
        status.addClassName("your-feedback__status");
        add(status);
        if (view.answeredAt() == null && view.status().isOpen()) {
            add(new Paragraph(getTranslation("feedback.sent.due", TimeRanges.moment(view.dueAt(), locale))));
        }
        if (notice != null) {
            var done = new Paragraph(notice);
            done.addClassName("form-done");
            done.getElement().setAttribute("role", "status");
            add(done);
        }

        var conversation = new Section(new H2(getTranslation("feedback.yours.conversation")));
        var list = new UnorderedList();
        list.addClassName("feedback-conversation");
        list.add(entry(getTranslation("feedback.yours.you", TimeRanges.moment(view.receivedAt(), locale)),
                view.message(), "resident"));
        for (var entry : view.conversation()) {
            if (entry.kind() == EntryKind.RESIDENT) {
                list.add(entry(getTranslation("feedback.yours.you", TimeRanges.moment(entry.at(), locale)),
                        entry.body(), "resident"));
            } else if (entry.kind() == EntryKind.ANSWER) {
                list.add(entry(getTranslation("feedback.yours.team", TimeRanges.moment(entry.at(), locale)),
                        entry.body(), "answer"));
            }
        }
        conversation.add(list);
        add(conversation);

        var escalatedAt = view.escalatedAt();
        if (escalatedAt != null) {
            add(new Paragraph(getTranslation("feedback.yours.escalated", TimeRanges.moment(escalatedAt, locale))));
        }
        if (view.mayEscalate()) {
            var escalate = new Button(getTranslation("feedback.yours.escalate"), click -> act(true, ""));
            escalate.addClassName("your-feedback__escalate");
            add(new Paragraph(getTranslation("feedback.yours.escalate.help")), escalate);
        }

        var write = new Section(new H2(getTranslation("feedback.yours.write")));
        var text = new TextArea(getTranslation("feedback.message"));
        text.setWidthFull();
        text.setMaxLength(FeedbackService.MESSAGE_MAX);
        text.setManualValidation(true);
        var send = new Button(getTranslation("feedback.send"), click -> {
            try {
                act(false, text.getValue());
            } catch (Refusal refusal) {
                text.setErrorMessage(getTranslation(refusal.key(), refusal.arguments()));
                text.setInvalid(true);
                click.getSource().setEnabled(true);
            }
        });
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        write.add(text, send);
        add(write);
    }

    /** Escalates, or adds the message; a link that stopped working meanwhile shows as not found. */
    private void act(boolean escalate, String message) {
        ResidentView view;
        try {
            view = escalate ? feedback.escalate(token) : feedback.addMessage(token, message);
        } catch (Refusal refusal) {
            if ("refusal.feedback.link".equals(refusal.key())) {
                notFound();
                return;
            }
            if (escalate) {
                feedback.view(token).ifPresentOrElse(v -> render(v, getTranslation(refusal.key(),
                        refusal.arguments())), this::notFound);
                return;
            }
            throw refusal;
        } catch (RuntimeException failure) {
            if (!DatabaseAway.isCause(failure)) {
                throw failure;
            }
            var away = new Paragraph(getTranslation("database-away.form"));
            away.addClassName("form-message");
            away.getElement().setAttribute("role", "alert");
            addComponentAsFirst(away);
            return;
        }
        render(view, getTranslation(escalate ? "feedback.yours.escalation-sent" : "feedback.yours.added"));
    }

    private static ListItem entry(String who, String body, String kind) {
        var item = new ListItem();
        item.addClassName("feedback-conversation__entry");
        item.addClassName("feedback-conversation__entry--" + kind);
        var heading = new Paragraph(who);
        heading.addClassName("feedback-conversation__who");
        var text = new Paragraph(body);
        text.addClassName("feedback-conversation__body");
        item.add(heading, text);
        return item;
    }

    @Override
    public String getPageTitle() {
        return pages.yours(UI.getCurrent().getLocale()).title();
    }
}
