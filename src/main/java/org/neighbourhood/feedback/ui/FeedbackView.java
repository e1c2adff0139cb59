package org.neighbourhood.feedback.ui;

import java.util.Comparator;
import java.util.List;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.Autocapitalize;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Brand;
import org.neighbourhood.base.DatabaseAway;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.ui.Honeypot;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.feedback.FeedbackService;
import org.neighbourhood.feedback.FeedbackService.Receipt;
import org.neighbourhood.feedback.FeedbackService.Submission;
import org.neighbourhood.feedback.Subject;
import org.neighbourhood.neighbourhoods.LocateResult;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/**
 * Feedback from anyone, with no account: for a neighbourhood's team or the force in general, anonymous or with
 * a name and an email for a receipt and the team's answer. The server checks everything; a problem is shown at
 * its field in the visitor's language and nothing typed is lost. A field hidden from people catches robots.
 */
@Route(value = "feedback", layout = PublicLayout.class)
@AnonymousAllowed
class FeedbackView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final FeedbackService feedback;
    private final NeighbourhoodService neighbourhoods;
    private final FeedbackPages pages;
    private final Brand brand;
    private final TextField postcode = new TextField();
    private final Paragraph postcodeOutcome = new Paragraph();
    private final Select<NeighbourhoodSummary> neighbourhood = new Select<>();
    private final Select<Subject> subject = new Select<>();
    private final TextArea message = new TextArea();
    private final Checkbox anonymous = new Checkbox();
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final Honeypot honeypot;
    private final Paragraph problem = new Paragraph();
    private final Div form = new Div();
    /** The page the visitor came from: a neighbourhood's invitation, or the page they said was useful or not. */
    private @Nullable String fromPage;
    /** The answer to "Was this useful?" that led here, if one did. */
    private @Nullable Boolean useful;

    FeedbackView(FeedbackService feedback, NeighbourhoodService neighbourhoods, FeedbackPages pages, Brand brand) {
        this.feedback = feedback;
        this.brand = brand;
        this.neighbourhoods = neighbourhoods;
        this.pages = pages;
        this.honeypot = new Honeypot("feedback-website", getTranslation("feedback.honeypot"));
        addClassName("content");
        addClassName("feedback-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        var slug = query.getSingleParameter("neighbourhood").orElse("");
        removeAll();
        add(new H1(getTranslation("feedback.title")), lead(getTranslation("feedback.intro")));
        var notice = new Paragraph(getTranslation("feedback.not-emergency"));
        notice.addClassName("notice");
        notice.addClassName("feedback-page__notice");
        add(notice);
        var known = neighbourhoods.findAll().stream().anyMatch(n -> n.slug().equals(slug));
        var page = query.getSingleParameter("page").filter(FeedbackView::isLocalPage);
        fromPage = page.orElse(known ? "/neighbourhoods/" + slug : null);
        useful = page.isEmpty() ? null : switch (query.getSingleParameter("useful").orElse("")) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
        if (useful != null && fromPage != null) {
            var said = new Paragraph(getTranslation(useful ? "feedback.useful.said.yes" : "feedback.useful.said.no"));
            said.addClassName("feedback-page__useful");
            var about = new Paragraph(new Span(getTranslation("feedback.useful.about") + " "),
                    new Anchor(fromPage, fromPage));
            add(said, about);
        }
        buildForm(slug);
        if (useful != null) {
            subject.setValue(Subject.OTHER);
        }
        add(form);
    }

    private void buildForm(String slug) {
        form.removeAll();
        form.addClassName("feedback-form");
        var all = neighbourhoods.findAll().stream().sorted(Comparator.comparing(NeighbourhoodSummary::name)).toList();
        neighbourhood.setLabel(getTranslation("feedback.neighbourhood"));
        neighbourhood.setEmptySelectionAllowed(true);
        neighbourhood.setEmptySelectionCaption(getTranslation("feedback.neighbourhood.force"));
        neighbourhood.setItems(all);
        neighbourhood.setItemLabelGenerator(n -> n == null ? getTranslation("feedback.neighbourhood.force") : n.name());
        neighbourhood.setValue(all.stream().filter(n -> n.slug().equals(slug)).findFirst().orElse(null));

        postcode.setLabel(getTranslation("feedback.postcode"));
        postcode.setHelperText(getTranslation("search.postcode.helper"));
        postcode.setAutocomplete(Autocomplete.POSTAL_CODE);
        postcode.setAutocapitalize(Autocapitalize.CHARACTERS);
        postcode.getElement().setAttribute("spellcheck", "false");
        postcode.setManualValidation(true);
        var find = new Button(getTranslation("search.find"), click -> findTeam());
        find.addClickShortcut(Key.ENTER).listenOn(postcode);
        var finder = new Div(postcode, find);
        finder.addClassName("feedback-form__postcode");
        postcodeOutcome.addClassName("feedback-form__postcode-outcome");
        postcodeOutcome.getElement().setAttribute("role", "status");

        subject.setLabel(getTranslation("feedback.subject"));
        subject.setItems(List.of(Subject.values()));
        subject.setItemLabelGenerator(s -> s == null ? "" : getTranslation("feedback.subject." + s.name()));
        subject.setPlaceholder(getTranslation("feedback.subject.choose"));

        message.setLabel(getTranslation("feedback.message"));
        message.setMaxLength(FeedbackService.MESSAGE_MAX);
        message.setValueChangeMode(ValueChangeMode.LAZY);
        message.addValueChangeListener(change -> count());
        count();

        anonymous.setLabel(getTranslation("feedback.anonymous"));
        anonymous.setHelperText(getTranslation("feedback.anonymous.help"));
        anonymous.addValueChangeListener(change -> {
            name.setVisible(!change.getValue());
            email.setVisible(!change.getValue());
            if (change.getValue()) {
                name.clear();
                email.clear();
                name.setInvalid(false);
                email.setInvalid(false);
            }
        });

        name.setLabel(getTranslation("feedback.name"));
        name.setAutocomplete(Autocomplete.NAME);
        email.setLabel(getTranslation("feedback.email"));
        email.setHelperText(getTranslation("feedback.email.help"));
        email.setAutocomplete(Autocomplete.EMAIL);
        for (var field : new com.vaadin.flow.component.HasSize[] {neighbourhood, subject, message, name, email}) {
            field.setWidthFull();
        }
        // The server decides what is wrong; the fields only show it.
        message.setManualValidation(true);
        name.setManualValidation(true);
        email.setManualValidation(true);
        subject.setManualValidation(true);
        neighbourhood.setManualValidation(true);


        problem.addClassName("form-message");
        problem.getElement().setAttribute("role", "alert");
        problem.setVisible(false);

        var send = new Button(getTranslation("feedback.send"), click -> send());
        send.addThemeVariants(ButtonVariant.PRIMARY);
        send.setDisableOnClick(true);
        form.add(problem, finder, postcodeOutcome, neighbourhood, subject, message, anonymous, name, email, honeypot, send);
    }

    /**
     * Chooses the team from a postcode, as the home page finds it; the postcode itself is never sent with the
     * message nor kept.
     */
    void findTeam() {
        postcode.setInvalid(false);
        postcodeOutcome.setText("");
        var input = postcode.getValue();
        if (input.isBlank()) {
            postcodeProblem(getTranslation("search.error.empty"));
            return;
        }
        switch (neighbourhoods.findByPostcode(input)) {
            case LocateResult.Found found -> {
                neighbourhood.setValue(found.neighbourhood());
                postcodeOutcome.setText(getTranslation("feedback.postcode.found", found.neighbourhood().name()));
            }
            case LocateResult.Choice choice -> postcodeOutcome.setText(getTranslation("feedback.postcode.choice",
                    choice.postcode().toString(), choice.neighbourhoods().stream().map(NeighbourhoodSummary::name)
                            .collect(java.util.stream.Collectors.joining(", "))));
            case LocateResult.NotCovered notCovered -> {
                postcodeProblem(getTranslation("search.error.notcovered", notCovered.postcode().toString(),
                        brand.forceName()));
                postcodeOutcome.setText(getTranslation("feedback.postcode.force"));
            }
            case LocateResult.TooLong tooLong ->
                    postcodeProblem(getTranslation("search.error.too-long", tooLong.maxLength()));
            case LocateResult.NotAPostcode notAPostcode ->
                    postcodeProblem(getTranslation("search.error.notapostcode", notAPostcode.input().strip()));
            case LocateResult.OutsideArea outside ->
                    postcodeProblem(getTranslation("search.error.notcovered", input, brand.forceName()));
        }
    }

    private void postcodeProblem(String text) {
        postcode.setErrorMessage(text);
        postcode.setInvalid(true);
    }

    private void count() {
        message.setHelperText(getTranslation("feedback.message.count", message.getValue().length(),
                FeedbackService.MESSAGE_MAX));
    }

    private void send() {
        clearProblems();
        enableButtons();
        if (subject.getValue() == null) {
            mark(subject, getTranslation("feedback.subject.required"));
            problem(getTranslation("feedback.problems"));
            subject.focus();
            return;
        }
        var chosen = neighbourhood.getValue();
        var form = new Submission(chosen == null ? null : chosen.id(), subject.getValue(), message.getValue(),
                fromPage, useful, anonymous.getValue(),
                name.getValue(), email.getValue(), honeypot.getValue());
        var request = VaadinRequest.getCurrent();
        var address = request == null ? "unknown" : request.getRemoteAddr();
        @Nullable Receipt receipt;
        try {
            receipt = feedback.submit(form, UI.getCurrent().getLocale(), address);
        } catch (Refusal refusal) {
            refused(refusal);
            return;
        } catch (RuntimeException failure) {
            if (!DatabaseAway.isCause(failure)) {
                throw failure;
            }
            // Nothing was stored; the fields still hold what was typed, to send again when the database is back.
            problem(getTranslation("database-away.form"));
            return;
        }
        done(receipt);
    }

    private void refused(Refusal refusal) {
        var text = getTranslation(refusal.key(), refusal.arguments());
        HasValidation field = refusal.field() == null ? null : switch (refusal.field()) {
            case "message" -> message;
            case "name" -> name;
            case "email" -> email;
            case "neighbourhood" -> neighbourhood;
            default -> null;
        };
        if (field == null) {
            problem(text);
            return;
        }
        mark(field, text);
        problem(getTranslation("feedback.problems"));
        if (field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
            focusable.focus();
        }
    }

    private void done(Receipt receipt) {
        var locale = UI.getCurrent().getLocale();
        form.removeAll();
        var status = new Div(new H2(getTranslation("feedback.sent.title")));
        var reference = new Paragraph(getTranslation("feedback.sent.reference", receipt.reference()));
        reference.addClassName("feedback-page__reference");
        status.add(reference,
                new Paragraph(getTranslation("feedback.sent.due", TimeRanges.moment(receipt.dueAt(), locale))),
                new Paragraph(getTranslation(receipt.emailed() ? "feedback.sent.emailed" : "feedback.sent.not-emailed")));
        status.addClassName("form-done");
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("tabindex", "-1");
        form.add(status);
        status.getElement().callJsFunction("focus");
    }

    private static void mark(HasValidation field, String text) {
        field.setErrorMessage(text);
        field.setInvalid(true);
    }

    private void problem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private void enableButtons() {
        form.getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(b -> b.setEnabled(true));
    }

    private void clearProblems() {
        problem.setVisible(false);
        for (HasValidation field : new HasValidation[] {neighbourhood, subject, message, name, email}) {
            field.setInvalid(false);
        }
    }

    /** A path on this portal, such as {@code /events/litter-pick} or {@code /neighbourhoods/riverside#priority-4}. */
    static boolean isLocalPage(String page) {
        return page.length() <= FeedbackService.PAGE_MAX && page.matches("/[a-z0-9][a-z0-9/_-]*(#[a-z0-9-]+)?");
    }

    private static Paragraph lead(String text) {
        var lead = new Paragraph(text);
        lead.addClassName("lead");
        return lead;
    }

    @Override
    public String getPageTitle() {
        return pages.form(UI.getCurrent().getLocale()).title();
    }
}
