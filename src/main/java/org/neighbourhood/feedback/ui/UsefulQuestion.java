package org.neighbourhood.feedback.ui;

import java.util.LinkedHashMap;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

/**
 * "Was this useful? Yes / No" under a priority, an event or an update: each answer leads to the feedback form for
 * the item's team, which says what the resident answered and asks them to tell us more. Plain links, so the
 * question costs the server nothing until someone answers, and works without script.
 */
public class UsefulQuestion extends Div {

    /**
     * @param neighbourhoodSlug the team the answer goes to
     * @param page the public address of what is asked about, such as {@code /events/litter-pick}
     */
    public UsefulQuestion(String neighbourhoodSlug, String page) {
        addClassName("useful-question");
        var question = new Span(getTranslation("feedback.useful.question"));
        question.addClassName("useful-question__label");
        add(question, answer(neighbourhoodSlug, page, true), answer(neighbourhoodSlug, page, false));
    }

    private Anchor answer(String neighbourhoodSlug, String page, boolean useful) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("neighbourhood", neighbourhoodSlug);
        parameters.put("page", page);
        parameters.put("useful", useful ? "yes" : "no");
        var link = new Anchor("/feedback?" + QueryParameters.simple(parameters).getQueryString(),
                getTranslation(useful ? "feedback.useful.yes" : "feedback.useful.no"));
        link.addClassName("useful-question__answer");
        link.getElement().setAttribute("rel", "nofollow");
        return link;
    }
}
