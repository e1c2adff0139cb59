package org.neighbourhood.search.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.neighbourhood.admin.ui.AdminLayout;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.base.ui.PageTitles;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.search.SearchService;
import org.neighbourhood.search.SearchService.TeamHit;

/**
 * The team's own search: priorities, events and updates of the neighbourhoods the user edits, drafts included,
 * each saying whether the public sees it and opening in its editor.
 */
@Route(value = "admin/search", layout = AdminLayout.class)
@RolesAllowed({"ADMIN", "EDITOR"})
class TeamSearchView extends Main implements HasDynamicTitle {

    private static final int TYPING_PAUSE_MS = 400;

    private final SearchService search;
    private final PageTitles titles;
    private final Clock clock;
    private final Map<Long, String> names = new LinkedHashMap<>();
    private final TextField words = new TextField();
    private final Paragraph status = new Paragraph();
    private final UnorderedList results = new UnorderedList();

    TeamSearchView(SearchService search, NeighbourhoodService neighbourhoods, PageTitles titles, Clock clock) {
        this.search = search;
        this.titles = titles;
        this.clock = clock;
        neighbourhoods.findAll().forEach(n -> names.put(n.id(), n.name()));
        addClassName("admin-content");
        words.setLabel(getTranslation("admin.search.words"));
        words.setHelperText(getTranslation("admin.search.helper"));
        words.setWidth("min(100%, 36rem)");
        words.setClearButtonVisible(true);
        words.setValueChangeMode(ValueChangeMode.TIMEOUT);
        words.setValueChangeTimeout(TYPING_PAUSE_MS);
        words.addValueChangeListener(change -> run());
        status.getElement().setAttribute("role", "status");
        results.addClassName("team-search__results");
        add(new H1(getTranslation("admin.search.title")), words, status, results);
    }

    private void run() {
        results.removeAll();
        words.setInvalid(false);
        status.setText("");
        var text = words.getValue();
        if (text.isBlank()) {
            return;
        }
        java.util.List<TeamHit> found;
        try {
            found = search.teamSearch(text, getLocale());
        } catch (Refusal refusal) {
            words.setErrorMessage(getTranslation(refusal.key(), refusal.arguments()));
            words.setInvalid(true);
            return;
        }
        status.setText(found.isEmpty() ? getTranslation("admin.search.none", text.strip())
                : getTranslation("search.count", found.size(), text.strip()));
        var now = clock.instant();
        var when = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Languages.formatting(getLocale())).withZone(Zones.LONDON);
        for (var hit : found) {
            var state = hit.publicAt(now) ? getTranslation("admin.search.public")
                    : hit.publicFrom() != null ? getTranslation("admin.search.scheduled", when.format(hit.publicFrom()))
                    : getTranslation("admin.search.not-public");
            var link = new Anchor(editor(hit), hit.title().isBlank() ? getTranslation("admin.search.untitled")
                    : hit.title());
            results.add(new ListItem(new Span(getTranslation("search.type." + hit.type()) + ": "), link,
                    new Span(" · " + names.getOrDefault(hit.neighbourhoodId(), "") + " · " + state)));
        }
    }

    private static String editor(TeamHit hit) {
        var list = switch (hit.type()) {
            case SearchTypes.PRIORITY -> "admin/priorities";
            case SearchTypes.EVENT -> "admin/events";
            default -> "admin/updates";
        };
        return list + "?edit=" + hit.id();
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("admin.search.title"));
    }
}
