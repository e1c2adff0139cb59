package org.neighbourhood.base.ui;

import java.util.Locale;

import org.neighbourhood.base.Brand;
import org.neighbourhood.base.Messages;
import org.springframework.stereotype.Component;

/** Builds page metadata the same way everywhere: the page's own title, then the force's name. */
@Component
public class PageTitles {

    private final Brand brand;
    private final Messages messages;

    PageTitles(Brand brand, Messages messages) {
        this.brand = brand;
        this.messages = messages;
    }

    public String title(String pageTitle) {
        return pageTitle + " – " + brand.forceName();
    }

    public PageMetadata page(String pageTitle, String description) {
        return PageMetadata.page(title(pageTitle), description);
    }

    /**
     * A listing of a feature's pages, such as all events: its title and description are the messages
     * {@code <feature>.title} and {@code <feature>.description}, which may name the force.
     */
    public PageMetadata listing(String feature, Locale locale) {
        return page(messages.get(feature + ".title", locale), messages.get(feature + ".description", locale,
                brand.forceName()));
    }

    public PageMetadata notFound(Locale locale) {
        return PageMetadata.notFound(title(messages.get("notfound.title", locale)),
                messages.get("notfound.description", locale));
    }

    public PageMetadata databaseAway(Locale locale) {
        return PageMetadata.unavailable(title(messages.get("database-away.title", locale)),
                messages.get("database-away.description", locale));
    }

    public String forceName() {
        return brand.forceName();
    }
}
