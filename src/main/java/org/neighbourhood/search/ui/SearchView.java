package org.neighbourhood.search.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.Languages;
import org.neighbourhood.base.Refusal;
import org.neighbourhood.base.Zones;
import org.neighbourhood.base.search.SearchTypes;
import org.neighbourhood.base.ui.ContentLanguage;
import org.neighbourhood.base.ui.PublicLayout;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.search.SearchRequest;
import org.neighbourhood.search.SearchResults;
import org.neighbourhood.search.SearchService;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Everything public the words find, best first, narrowed by kind, neighbourhood and "upcoming", a page at a
 * time. The words and filters live in the address ({@code /search?q=bike&type=update&neighbourhood=riverside}),
 * so a search can be shared and bookmarked; results follow typing after a short pause, the field keeps focus,
 * and a polite live region says how many there are.
 */
@Route(value = "search", layout = PublicLayout.class)
@AnonymousAllowed
class SearchView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** Only the marks the index puts around matched words survive; the index has escaped everything else. */
    private static final PolicyFactory MARKS_ONLY = new HtmlPolicyBuilder().allowElements("mark").toFactory();
    private static final int TYPING_PAUSE_MS = 400;

    private final SearchService search;
    private final SearchPages pages;
    private final ContentLanguages languages;
    private final Map<Long, NeighbourhoodSummary> neighbourhoods = new LinkedHashMap<>();
    private final TextField words = new TextField();
    private final CheckboxGroup<String> types = new CheckboxGroup<>();
    private final Select<NeighbourhoodSummary> neighbourhood = new Select<>();
    private final Checkbox upcoming = new Checkbox();
    private final Paragraph status = new Paragraph();
    private final Div results = new Div();
    private final Div pager = new Div();
    private SearchResults found = SearchResults.none(SearchService.PAGE_SIZE);
    private int page;
    private boolean quiet;

    SearchView(SearchService search, NeighbourhoodService neighbourhoodService, ContentLanguages languages,
            SearchPages pages) {
        this.search = search;
        this.languages = languages;
        this.pages = pages;
        neighbourhoodService.findAll().forEach(n -> neighbourhoods.put(n.id(), n));
        addClassName("content");
        addClassName("search-page");

        words.setLabel(getTranslation("search.words"));
        words.setHelperText(getTranslation("search.words.helper"));
        words.setClearButtonVisible(true);
        words.setPrefixComponent(VaadinIcon.SEARCH.create());
        words.getElement().setAttribute("type", "search");
        words.getElement().setAttribute("enterkeyhint", "search");
        words.setValueChangeMode(ValueChangeMode.TIMEOUT);
        words.setValueChangeTimeout(TYPING_PAUSE_MS);
        words.addValueChangeListener(change -> changed());
        words.addClassName("search-page__words");
        var go = new Button(getTranslation("search.go"), click -> changed());
        go.addThemeVariants(ButtonVariant.PRIMARY);
        go.addClickShortcut(Key.ENTER).listenOn(words);
        var form = new Div(words, go);
        form.addClassName("search-page__form");
        form.getElement().setAttribute("role", "search");

        types.setLabel(getTranslation("search.filter.type"));
        types.setItems(SearchTypes.ALL);
        types.addValueChangeListener(change -> changed());
        neighbourhood.setLabel(getTranslation("search.filter.neighbourhood"));
        neighbourhood.setEmptySelectionAllowed(true);
        neighbourhood.setEmptySelectionCaption(getTranslation("search.filter.neighbourhood.any"));
        neighbourhood.setItems(neighbourhoods.values().stream()
                .sorted(java.util.Comparator.comparing(NeighbourhoodSummary::name)).toList());
        neighbourhood.addValueChangeListener(change -> changed());
        upcoming.setLabel(getTranslation("search.filter.upcoming"));
        upcoming.addValueChangeListener(change -> changed());
        var clear = new Button(getTranslation("search.filter.clear"), click -> clearFilters());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var filters = new Div(types, neighbourhood, upcoming, clear);
        filters.addClassName("search-page__filters");

        status.addClassName("search-page__status");
        status.getElement().setAttribute("role", "status");
        results.addClassName("search-page__results");
        pager.addClassName("search-page__pager");
        add(new H1(getTranslation("search.title")), form, filters, status, results, pager);
        labelFilters();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var query = event.getLocation().getQueryParameters();
        quiet = true;
        try {
            words.setValue(query.getSingleParameter("q").orElse(""));
            types.setValue(new LinkedHashSet<>(query.getParameters().getOrDefault("type", List.of()).stream()
                    .filter(SearchTypes.ALL::contains).toList()));
            var slug = query.getSingleParameter("neighbourhood").orElse("");
            neighbourhood.setValue(neighbourhoods.values().stream().filter(n -> n.slug().equals(slug)).findFirst()
                    .orElse(null));
            upcoming.setValue(query.getSingleParameter("upcoming").filter("yes"::equals).isPresent());
            page = query.getSingleParameter("page").filter(p -> p.matches("\\d{1,4}")).map(Integer::parseInt)
                    .map(p -> Math.max(0, p - 1)).orElse(0);
        } finally {
            quiet = false;
        }
        run();
    }

    private void changed() {
        if (quiet) {
            return;
        }
        page = 0;
        run();
        remember();
    }

    private void clearFilters() {
        quiet = true;
        try {
            types.clear();
            neighbourhood.clear();
            upcoming.clear();
        } finally {
            quiet = false;
        }
        changed();
    }

    private void run() {
        words.setInvalid(false);
        results.removeAll();
        pager.removeAll();
        var text = words.getValue();
        if (text.isBlank()) {
            found = SearchResults.none(SearchService.PAGE_SIZE);
            status.setText(getTranslation("search.start"));
            labelFilters();
            return;
        }
        try {
            found = search.search(new SearchRequest(text, types.getValue(),
                    neighbourhood.getValue() == null ? null : neighbourhood.getValue().id(), upcoming.getValue(),
                    page), getLocale());
        } catch (Refusal refusal) {
            found = SearchResults.none(SearchService.PAGE_SIZE);
            var message = getTranslation(refusal.key(), refusal.arguments());
            words.setErrorMessage(message);
            words.setInvalid(true);
            status.setText(message);
            labelFilters();
            return;
        }
        labelFilters();
        if (found.total() == 0) {
            status.setText(getTranslation("search.none", text.strip()));
            results.add(suggestions());
            return;
        }
        status.setText(found.totalExact() ? getTranslation("search.count", found.total(), text.strip())
                : getTranslation("search.count.about", number(found.total()), text.strip()));
        var list = new OrderedList();
        list.addClassName("search-results");
        list.getElement().setAttribute("start", Integer.toString(page * found.pageSize() + 1));
        found.hits().forEach(hit -> list.add(result(hit)));
        results.add(list);
        showPager();
    }

    private ListItem result(SearchResults.Hit hit) {
        var item = new ListItem();
        item.addClassName("search-result");
        var kind = new Span(getTranslation("search.type." + hit.type()));
        kind.addClassName("search-result__type");
        var title = new H2(new Anchor(href(hit), hit.title()));
        title.addClassName("search-result__title");
        item.add(kind, title);
        var facts = new ArrayList<String>();
        hit.neighbourhoodIds().stream().map(neighbourhoods::get).filter(java.util.Objects::nonNull)
                .filter(n -> !SearchTypes.NEIGHBOURHOOD.equals(hit.type()))
                .map(NeighbourhoodSummary::name).sorted().forEach(facts::add);
        if (hit.date() != null) {
            var style = SearchTypes.EVENT.equals(hit.type()) ? DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG,
                    FormatStyle.SHORT) : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG);
            facts.add(style.withLocale(Languages.formatting(getLocale())).withZone(Zones.LONDON).format(hit.date()));
        }
        if (!facts.isEmpty()) {
            var meta = new Paragraph(String.join(" · ", facts));
            meta.addClassName("search-result__facts");
            item.add(meta);
        }
        if (!hit.snippetHtml().isBlank()) {
            var snippet = new Paragraph();
            snippet.addClassName("search-result__snippet");
            snippet.getElement().setProperty("innerHTML", MARKS_ONLY.sanitize(hit.snippetHtml()));
            item.add(snippet);
        }
        var written = hit.fallback() ? languages.first() : languages.all().stream()
                .filter(l -> l.getLanguage().equals(getLocale().getLanguage())).findFirst().orElse(languages.first());
        ContentLanguage.mark(title, written, getLocale());
        item.getChildren().filter(child -> child.hasClassName("search-result__snippet"))
                .forEach(snippet -> ContentLanguage.mark((Paragraph) snippet, written, getLocale()));
        if (!written.getLanguage().equals(getLocale().getLanguage())) {
            item.add(ContentLanguage.note(written, getLocale()));
        }
        return item;
    }

    private String href(SearchResults.Hit hit) {
        var slug = hit.slug() == null ? "" : hit.slug();
        return switch (hit.type()) {
            case SearchTypes.NEIGHBOURHOOD -> "/neighbourhoods/" + slug;
            case SearchTypes.OFFICER -> "/officers/" + slug;
            case SearchTypes.EVENT -> "/events/" + slug;
            case SearchTypes.UPDATE -> "/updates/" + slug;
            case SearchTypes.FORUM -> "/forums/" + slug;
            case SearchTypes.PRIORITY -> hit.neighbourhoodIds().stream().map(neighbourhoods::get)
                    .filter(java.util.Objects::nonNull).findFirst()
                    .map(n -> "/neighbourhoods/" + n.slug() + "#priority-" + hit.id()).orElse("/");
            default -> "/";
        };
    }

    private Div suggestions() {
        var help = new Div();
        help.addClassName("search-page__help");
        var list = new com.vaadin.flow.component.html.UnorderedList(
                new ListItem(getTranslation("search.none.fewer")),
                new ListItem(getTranslation("search.none.spelling")),
                new ListItem(new Anchor("/", getTranslation("search.none.postcode"))));
        help.add(new Paragraph(getTranslation("search.none.try")), list);
        if (!types.getValue().isEmpty() || neighbourhood.getValue() != null || upcoming.getValue()) {
            help.add(new Button(getTranslation("search.filter.clear"), click -> clearFilters()));
        }
        return help;
    }

    private void showPager() {
        int pages = found.pages();
        if (pages <= 1) {
            return;
        }
        var position = new Span(getTranslation("search.page", page + 1, pages));
        if (page > 0) {
            pager.add(new Anchor(address(page - 1), getTranslation("search.previous")));
        }
        pager.add(position);
        if (page + 1 < pages) {
            pager.add(new Anchor(address(page + 1), getTranslation("search.next")));
        }
        pager.getElement().setAttribute("role", "navigation");
        pager.getElement().setAttribute("aria-label", getTranslation("search.pages"));
    }

    /** Each filter's choices say how many results choosing them gives. */
    private void labelFilters() {
        var typeCounts = found.typeCounts();
        types.setItemLabelGenerator(type -> getTranslation("search.filter.type." + type,
                count(typeCounts.getOrDefault(type, 0L))));
        var counts = found.neighbourhoodCounts();
        neighbourhood.setItemLabelGenerator(n -> n == null ? getTranslation("search.filter.neighbourhood.any")
                : getTranslation("search.filter.count", n.name(), count(counts.getOrDefault(n.id(), 0L))));
    }

    /** A filter's count, said to be about that many when the search found too many to count one by one. */
    private String count(long count) {
        return found.countsExact() || count == 0 ? number(count) : getTranslation("search.about", number(count));
    }

    private String number(long count) {
        return java.text.NumberFormat.getIntegerInstance(Languages.formatting(getLocale())).format(count);
    }

    private QueryParameters parameters(int pageIndex) {
        var parameters = new LinkedHashMap<String, List<String>>();
        if (!words.getValue().isBlank()) {
            parameters.put("q", List.of(words.getValue().strip()));
        }
        if (!types.getValue().isEmpty()) {
            parameters.put("type", SearchTypes.ALL.stream().filter(types.getValue()::contains).toList());
        }
        if (neighbourhood.getValue() != null) {
            parameters.put("neighbourhood", List.of(neighbourhood.getValue().slug()));
        }
        if (upcoming.getValue()) {
            parameters.put("upcoming", List.of("yes"));
        }
        if (pageIndex > 0) {
            parameters.put("page", List.of(Integer.toString(pageIndex + 1)));
        }
        return new QueryParameters(parameters);
    }

    private String address(int pageIndex) {
        var query = parameters(pageIndex).getQueryString();
        return "/search" + (query.isEmpty() ? "" : "?" + query);
    }

    /** Keeps the search in the address without a new history entry for every pause in typing. */
    private void remember() {
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("search", parameters(page)));
    }

    @Override
    public String getPageTitle() {
        return pages.page(getLocale()).title();
    }
}
