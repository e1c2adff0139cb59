package org.neighbourhood.feedback.ui;

import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

import org.neighbourhood.base.Languages;
import org.neighbourhood.feedback.ConcernService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/**
 * What residents pressed on their neighbourhood pages this month, for each neighbourhood the user answers for,
 * the most voiced first; each concern leads to a new priority already naming it and its count ("you said").
 */
class VoicedConcernsPanel extends Details {

    VoicedConcernsPanel(ConcernService concerns, List<NeighbourhoodSummary> own) {
        var month = concerns.currentMonth();
        var monthName = month.format(DateTimeFormatter.ofPattern("LLLL yyyy", Languages.formatting(getLocale())));
        setSummaryText(getTranslation("admin.feedback.concerns", monthName));
        addClassName("voiced-concerns");
        var content = new Div();
        boolean any = false;
        var voiced = concerns.topConcernsByNeighbourhood(month);
        for (var neighbourhood : own) {
            var counts = voiced.getOrDefault(neighbourhood.id(), List.of());
            if (counts.isEmpty()) {
                continue;
            }
            any = true;
            var list = new OrderedList();
            counts.forEach(count -> {
                var name = getTranslation("feedback.subject." + count.kind().name());
                var make = new Anchor(priorityFrom(count, month, neighbourhood.id()),
                        getTranslation("admin.feedback.concerns.make-priority"));
                make.getElement().setAttribute("aria-label",
                        getTranslation("admin.feedback.concerns.make-priority.about", name, neighbourhood.name()));
                list.add(new ListItem(new Span(name + " — " + getTranslation("feedback.concerns.count", count.count())
                        + " "), make));
            });
            content.add(new H3(neighbourhood.name()), list);
        }
        if (!any) {
            content.add(new Paragraph(getTranslation("admin.feedback.concerns.none")));
        }
        add(content);
        setOpened(any);
    }

    private static String priorityFrom(ConcernService.ConcernCount count, YearMonth month, long neighbourhoodId) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("concern", count.kind().name());
        parameters.put("count", Long.toString(count.count()));
        parameters.put("month", month.toString());
        parameters.put("neighbourhood", Long.toString(neighbourhoodId));
        return "admin/priorities?" + QueryParameters.simple(parameters).getQueryString();
    }
}
