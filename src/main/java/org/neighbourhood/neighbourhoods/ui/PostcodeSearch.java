package org.neighbourhood.neighbourhoods.ui;

import java.util.Locale;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

import org.neighbourhood.base.Brand;
import org.neighbourhood.neighbourhoods.LocateResult;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;

/**
 * Finds the visitor's neighbourhood from a postcode or from the browser's location and goes there. What
 * cannot be found is said in a live region, so screen readers announce it, and what was typed stays.
 */
class PostcodeSearch extends Div {

    static final String QUERY_PARAMETER = "postcode";

    private static final String LOCATE_SCRIPT = """
            return new Promise(resolve => {
              if (!navigator.geolocation) { resolve('unsupported'); return; }
              navigator.geolocation.getCurrentPosition(
                position => resolve(position.coords.latitude + ',' + position.coords.longitude),
                error => resolve(error.code === 1 ? 'denied' : 'unavailable'),
                { enableHighAccuracy: false, timeout: 15000, maximumAge: 300000 });
            });""";

    private final NeighbourhoodService neighbourhoods;
    private final Brand brand;
    private final TextField postcode = new TextField();
    private final Button find = new Button();
    private final Button useLocation = new Button();
    private final Div outcome = new Div();

    PostcodeSearch(NeighbourhoodService neighbourhoods, Brand brand) {
        this.neighbourhoods = neighbourhoods;
        this.brand = brand;
        addClassName("postcode-search");

        postcode.setLabel(getTranslation("search.postcode.label"));
        postcode.setHelperText(getTranslation("search.postcode.helper"));
        postcode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.POSTAL_CODE);
        postcode.setAutocapitalize(com.vaadin.flow.component.textfield.Autocapitalize.CHARACTERS);
        postcode.getElement().setAttribute("spellcheck", "false");
        postcode.setId("postcode");
        postcode.addClassName("postcode-search__field");

        find.setText(getTranslation("search.find"));
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(click -> search(postcode.getValue()));
        find.addClickShortcut(Key.ENTER).listenOn(postcode);

        useLocation.setText(getTranslation("search.location"));
        useLocation.setIcon(VaadinIcon.CROSSHAIRS.create());
        useLocation.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        useLocation.addClickListener(click -> locate());

        var row = new Div(postcode, find);
        row.addClassName("postcode-search__row");
        outcome.addClassName("postcode-search__outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        outcome.getElement().setAttribute("role", "status");
        add(row, useLocation, outcome);
    }

    void search(String input) {
        postcode.setValue(input);
        postcode.setInvalid(false);
        outcome.removeAll();
        if (input.isBlank()) {
            fieldError(getTranslation("search.error.empty"));
            return;
        }
        switch (neighbourhoods.findByPostcode(input)) {
            case LocateResult.Found found -> goTo(found.neighbourhood());
            case LocateResult.Choice choice -> {
                remember(choice.postcode().toString());
                offer(choice);
            }
            case LocateResult.NotCovered notCovered -> {
                remember(notCovered.postcode().toString());
                fieldError(getTranslation("search.error.notcovered", notCovered.postcode().toString(),
                        brand.forceName()));
                say(getTranslation("search.error.notcovered.next"));
            }
            case LocateResult.TooLong tooLong ->
                    fieldError(getTranslation("search.error.too-long", tooLong.maxLength()));
            case LocateResult.NotAPostcode notAPostcode ->
                    fieldError(getTranslation("search.error.notapostcode", notAPostcode.input().strip()));
            case LocateResult.OutsideArea outside -> fieldError(getTranslation("search.error.notcovered",
                    input, brand.forceName()));
        }
    }

    private void locate() {
        outcome.removeAll();
        postcode.setInvalid(false);
        useLocation.setEnabled(false);
        say(getTranslation("search.location.finding"));
        getElement().executeJs(LOCATE_SCRIPT).then(String.class, this::located, error -> {
            useLocation.setEnabled(true);
            showLocationProblem("unavailable");
        });
    }

    void located(String answer) {
        useLocation.setEnabled(true);
        var parts = answer.split(",");
        if (parts.length != 2) {
            showLocationProblem(answer);
            return;
        }
        double latitude;
        double longitude;
        try {
            latitude = Double.parseDouble(parts[0]);
            longitude = Double.parseDouble(parts[1]);
        } catch (NumberFormatException e) {
            showLocationProblem("unavailable");
            return;
        }
        switch (neighbourhoods.findByLocation(latitude, longitude)) {
            case LocateResult.Found found -> goTo(found.neighbourhood());
            default -> {
                outcome.removeAll();
                alert(getTranslation("search.location.outside", brand.forceName()));
            }
        }
    }

    private void showLocationProblem(String problem) {
        outcome.removeAll();
        var key = switch (problem.toLowerCase(Locale.ROOT)) {
            case "denied" -> "search.location.denied";
            case "unsupported" -> "search.location.unsupported";
            default -> "search.location.unavailable";
        };
        alert(getTranslation(key));
    }

    private void offer(LocateResult.Choice choice) {
        say(getTranslation(choice.exact() ? "search.choice" : "search.choice.approximate",
                choice.postcode().toString()));
        var list = new UnorderedList();
        list.addClassName("postcode-search__choices");
        for (NeighbourhoodSummary neighbourhood : choice.neighbourhoods()) {
            list.add(new ListItem(new RouterLink(neighbourhood.name(), NeighbourhoodView.class,
                    new RouteParameters("slug", neighbourhood.slug()))));
        }
        outcome.add(list);
    }

    private void goTo(NeighbourhoodSummary neighbourhood) {
        UI.getCurrent().navigate(NeighbourhoodView.class, new RouteParameters("slug", neighbourhood.slug()));
    }

    /** Keeps the search in the address, so that a choice or a message can be bookmarked and shared. */
    private void remember(String normalised) {
        UI.getCurrent().getPage().getHistory().replaceState(null,
                new Location("", QueryParameters.of(QUERY_PARAMETER, normalised)));
    }

    private void fieldError(String message) {
        postcode.setErrorMessage(message);
        postcode.setInvalid(true);
        alert(message);
    }

    private void alert(String message) {
        say(message).addClassName("postcode-search__message--problem");
    }

    private Paragraph say(String message) {
        var paragraph = new Paragraph(message);
        paragraph.addClassName("postcode-search__message");
        outcome.add(paragraph);
        return paragraph;
    }
}
