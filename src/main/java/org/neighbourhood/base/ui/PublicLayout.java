package org.neighbourhood.base.ui;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.neighbourhood.base.Brand;
import org.neighbourhood.base.Languages;

/**
 * The chrome around every public page: a skip link first, the force's header with the language switch, one
 * {@code <main>} for the page, and a footer with the force's contact details.
 */
@AnonymousAllowed
public class PublicLayout extends Div implements RouterLayout, AfterNavigationObserver {

    static final String MAIN_ID = "main-content";
    /** Marks the copy of the page that the first HTML carries until Flow shows the page itself. */
    static final String PRERENDERED = "data-prerendered";

    private final Anchor skipLink = new Anchor();
    private final Main main = new Main();
    private final List<Locale> languages;
    private final LightTrees light;
    private final Div bar = new Div();
    private Component languageSwitch;
    private boolean navigatedBefore;

    PublicLayout(Brand brand, Languages languages, LightTrees light) {
        addClassName("page");
        this.languages = languages.supported();
        this.light = light;
        languageSwitch = new LanguageSwitch(this.languages);

        skipLink.addClassName("skip-link");
        skipLink.setText(getTranslation("layout.skip"));
        skipLink.setRouterIgnore(true);
        // Jump within the page whatever its address holds by now (a search rewrites the query without a
        // navigation): following the href would load the page again and lose what was typed.
        skipLink.getElement().executeJs("""
                this.addEventListener('click', event => {
                  const main = document.getElementById($0);
                  if (main) {
                    event.preventDefault();
                    main.focus();
                    main.scrollIntoView();
                  }
                });""", MAIN_ID);

        // What is the same on every page is plain HTML in a visitor's UI, built once (LightTrees).
        var locale = getLocale();
        var home = light.of("layout/brand", locale, () -> {
            var logo = new Image(brand.logoPath(), "");
            logo.addClassName("brand__logo");
            var forceName = new Span(brand.forceName());
            forceName.addClassName("brand__name");
            var link = new Anchor("/", logo, forceName);
            link.addClassName("brand");
            return link;
        });

        bar.add(home, languageSwitch);
        bar.addClassName("site-header__bar");
        var emergency = light.of("layout/emergency", locale, () -> {
            var text = new Paragraph(getTranslation("layout.emergency", brand.contactPhone()));
            text.addClassName("site-header__emergency");
            return text;
        });
        var header = new Header(bar, light.of("layout/navigation", locale, this::navigation),
                light.of("layout/search", locale, this::siteSearch), emergency);
        header.addClassName("site-header");

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("site-main");

        add(skipLink, header, main, light.of("layout/footer", locale, () -> footer(brand)));
    }

    /**
     * The search box on every page: a plain form in a search landmark, so that Enter opens
     * {@code /search?q=…} with no script and costs a visitor who never searches nothing on the server.
     */
    private Component siteSearch() {
        var input = new com.vaadin.flow.component.html.Input();
        input.setId("site-search-words");
        input.setType("search");
        input.getElement().setAttribute("name", "q");
        input.getElement().setAttribute("enterkeyhint", "search");
        input.getElement().setAttribute("maxlength", "200");
        input.addClassName("site-search__words");
        var label = new com.vaadin.flow.component.html.NativeLabel(getTranslation("layout.search"));
        label.setFor(input.getId().orElseThrow());
        label.addClassName("site-search__label");
        var go = new com.vaadin.flow.component.html.NativeButton(getTranslation("layout.search.go"));
        go.getElement().setAttribute("type", "submit");
        go.addClassName("site-search__go");
        var element = new com.vaadin.flow.dom.Element("form");
        element.setAttribute("action", "/search");
        element.setAttribute("method", "get");
        element.setAttribute("role", "search");
        element.getClassList().add("site-search");
        element.appendChild(label.getElement(), input.getElement(), go.getElement());
        var holder = new Div();
        holder.addClassName("site-search__holder");
        holder.getElement().appendChild(element);
        return holder;
    }

    /** The portal's main sections; plain links, so they work before any script and open in new tabs. */
    private Component navigation() {
        var list = new com.vaadin.flow.component.html.UnorderedList();
        list.addClassName("site-nav__list");
        for (var entry : new String[][] {{"/", "layout.nav.find"}, {"/events", "layout.nav.events"},
            {"/updates", "layout.nav.updates"}, {"/forums", "layout.nav.forums"}}) {
            list.add(new com.vaadin.flow.component.html.ListItem(new Anchor(entry[0], getTranslation(entry[1]))));
        }
        var nav = new com.vaadin.flow.component.html.Nav(list);
        nav.addClassName("site-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("layout.nav"));
        return nav;
    }

    private Component footer(Brand brand) {
        var contact = new Paragraph(getTranslation("layout.footer.contact", brand.forceName()) + " ");
        contact.add(new Anchor("tel:" + brand.contactPhone().replace(" ", ""), brand.contactPhone()));
        contact.add(new Span(" · "));
        contact.add(new Anchor("mailto:" + brand.contactEmail(), brand.contactEmail()));
        var links = new Paragraph(new RouterLink(getTranslation("accessibility.link"), AccessibilityView.class));
        links.add(" · ");
        // The open data page belongs to the api feature, which the base layout must not depend on.
        links.add(new Anchor("/api", getTranslation("api.link")));
        var demo = new Paragraph(getTranslation("layout.footer.fictional"));
        demo.addClassName("site-footer__note");
        var footer = new Footer(contact, links, demo);
        footer.addClassName("site-footer");
        return footer;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        main.getElement().appendChild(content.getElement());
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeChild(oldContent.getElement());
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        var path = event.getLocation().getPath();
        skipLink.setHref("/" + event.getLocation().getPathWithQueryParameters() + "#" + MAIN_ID);
        var locale = getLocale();
        var links = light.of("layout/languages/" + path, locale, () -> {
            var made = new LanguageSwitch(languages);
            made.update(path, locale);
            return made;
        });
        bar.replace(languageSwitch, links);
        languageSwitch = links;
        if (navigatedBefore) {
            // After a navigation inside the page, start screen readers and keyboards at the new content.
            main.getElement().executeJs("this.focus({preventScroll: true})");
        }
        navigatedBefore = true;
    }
}
