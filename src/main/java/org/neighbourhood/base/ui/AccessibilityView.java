package org.neighbourhood.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import org.neighbourhood.base.Brand;
import org.neighbourhood.base.Messages;
import org.springframework.stereotype.Component;

/** The accessibility statement that UK public sector websites must publish. */
@AnonymousAllowed
@Route(value = AccessibilityView.PATH, layout = PublicLayout.class)
public class AccessibilityView extends Div implements HasDynamicTitle {

    static final String PATH = "accessibility";

    private final PageTitles titles;

    AccessibilityView(PageTitles titles, Brand brand) {
        this.titles = titles;
        addClassName("content");
        add(new H1(getTranslation("accessibility.title")));
        add(new Paragraph(getTranslation("accessibility.intro", brand.forceName())));
        add(new H2(getTranslation("accessibility.compliance.heading")));
        add(new Paragraph(getTranslation("accessibility.compliance")));
        add(new H2(getTranslation("accessibility.using.heading")));
        add(new Paragraph(getTranslation("accessibility.using")));
        add(new H2(getTranslation("accessibility.problems.heading")));
        add(new Paragraph(getTranslation("accessibility.problems", brand.contactEmail(), brand.contactPhone())));
        add(new H2(getTranslation("accessibility.enforcement.heading")));
        add(new Paragraph(getTranslation("accessibility.enforcement")));
    }

    @Override
    public String getPageTitle() {
        return titles.title(getTranslation("accessibility.title"));
    }

    @Component
    static class Metadata implements PageMetadataProvider {

        private final PageTitles titles;
        private final Messages messages;

        Metadata(PageTitles titles, Messages messages) {
            this.titles = titles;
            this.messages = messages;
        }

        @Override
        public void register(Pages pages) {
            pages.describe(AccessibilityView.class, (route, locale) -> titles.page(
                    messages.get("accessibility.title", locale),
                    messages.get("accessibility.description", locale, titles.forceName())));
        }
    }
}
