package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.RouteRegistry;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.base.Messages;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockServletContext;

/**
 * A page's address is declared once, in its view's route: the first HTML of an address is described by the
 * provider that names the view the router finds for it, whatever kind of parameter the route has.
 */
@SpringBootTest
class PageMetadataResolverTest {

    /** Registered by hand rather than with {@code @Route}, so that the application never offers them. */
    static class ThingView extends Div {
    }

    static class NumberView extends Div implements HasUrlParameter<Integer> {
        @Override
        public void setParameter(BeforeEvent event, Integer parameter) {
        }
    }

    static class PlainView extends Div {
    }

    static class FoundView extends Div {
    }

    /** Names its views by class only: it has no address of its own to match. */
    static class ThingPages implements PageMetadataProvider {

        @Override
        public void register(Pages pages) {
            pages.describe(ThingView.class, (route, locale) -> PageMetadata.page(
                    "Thing " + route.get("slug").orElseThrow() + " in " + locale.toLanguageTag(), "A thing"));
            pages.describe(NumberView.class, (route, locale) -> PageMetadata.page(
                    "Number " + PageMetadataProvider.urlParameter(route).orElseThrow(), "A number"));
            pages.describeFound(FoundView.class, (slug, locale) -> slug.equals("public")
                    ? Optional.of(PageMetadata.page("Found " + slug + " in " + locale.toLanguageTag(), "Found"))
                    : Optional.empty());
        }
    }

    @Autowired
    PageTitles titles;

    @Autowired
    Messages messages;

    private RouteRegistry routes;
    private PageMetadataResolver resolver;

    @BeforeEach
    void registerRoutes() {
        routes = ApplicationRouteRegistry.getInstance(new VaadinServletContext(new MockServletContext()));
        var configuration = RouteConfiguration.forRegistry(routes);
        configuration.setRoute("things/:slug", ThingView.class);
        configuration.setRoute("numbers", NumberView.class);
        configuration.setRoute("plain", PlainView.class);
        configuration.setRoute("found/:slug", FoundView.class);
        resolver = new PageMetadataResolver(List.of(new ThingPages()), titles, messages);
    }

    @Test
    void a_view_with_a_route_parameter_is_described_by_the_provider_that_names_it_with_that_parameter() {
        var metadata = resolver.describe(routes, "things/blue", Locale.of("pl"));

        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.title()).isEqualTo("Thing blue in pl");
    }

    @Test
    void a_view_with_a_url_parameter_is_described_by_the_provider_that_names_it_with_that_parameter() {
        assertThat(resolver.describe(routes, "numbers/42", Locale.ENGLISH).title()).isEqualTo("Number 42");
    }

    @Test
    void a_view_of_one_thing_is_described_by_its_slug_and_is_not_found_when_nothing_public_has_that_slug() {
        assertThat(resolver.describe(routes, "found/public", Locale.of("cy")).title()).isEqualTo("Found public in cy");

        var draft = resolver.describe(routes, "found/draft", Locale.of("cy"));
        assertThat(draft.status()).isEqualTo(404);
        assertThat(draft.indexable()).isFalse();
        assertThat(draft.title()).isEqualTo(titles.notFound(Locale.of("cy")).title());
    }

    @Test
    void an_address_that_leads_to_no_view_is_not_found() {
        for (var path : List.of("no-such-page", "things", "things/blue/green", "numbers")) {
            var metadata = resolver.describe(routes, path, Locale.ENGLISH);

            assertThat(metadata.status()).as(path).isEqualTo(404);
            assertThat(metadata.title()).as(path).isEqualTo("Page not found – Northshire Police");
            assertThat(metadata.indexable()).as(path).isFalse();
        }
    }

    @Test
    void a_view_that_no_provider_names_has_the_sites_own_title_and_description() {
        var metadata = resolver.describe(routes, "plain", Locale.ENGLISH);

        assertThat(metadata.status()).isEqualTo(200);
        assertThat(metadata.title()).isEqualTo("Northshire Police – Northshire Police");
        assertThat(metadata.description()).isEqualTo(messages.get("site.description", Locale.ENGLISH));
    }

    @Test
    void two_providers_cannot_describe_the_same_view() {
        assertThatIllegalStateException()
                .isThrownBy(() -> new PageMetadataResolver(List.of(new ThingPages(), new ThingPages()), titles,
                        messages))
                .withMessageContaining(ThingView.class.getName());
    }
}
