package org.neighbourhood;

import java.util.HashSet;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Route;

import io.github.classgraph.ClassGraph;

import kotlin.jvm.functions.Function0;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Base of browserless UI tests: the whole application context with the demo data, and a mocked Vaadin
 * session in which views are navigated to, clicked and typed into as a person would.
 */
@SpringBootTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    private ApplicationContext context;

    /** All routes and error views, package-private ones included (Karibu's own discovery skips those). */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() {
        if (routes != null) {
            return;
        }
        try (var scan = new ClassGraph().enableClassInfo().enableAnnotationInfo().ignoreClassVisibility()
                .acceptPackages("org.neighbourhood").scan()) {
            var views = new HashSet<Class<? extends Component>>();
            scan.getClassesWithAnnotation(Route.class).loadClasses()
                    .forEach(view -> views.add((Class<? extends Component>) view));
            var errorViews = new HashSet<Class<? extends HasErrorParameter<?>>>();
            scan.getClassesImplementing(HasErrorParameter.class).loadClasses()
                    .forEach(view -> errorViews.add((Class<? extends HasErrorParameter<?>>) view));
            routes = new Routes(views, errorViews, true);
        }
    }

    /** The same routes for a test that starts an application of its own (DeploymentModeTest). */
    static Routes routes() {
        discoverRoutes();
        return routes;
    }

    @BeforeEach
    void setUpVaadin() {
        Function0<UI> uiFactory = UI::new;
        MockVaadin.setup(uiFactory, new MockSpringServlet(routes, context, uiFactory));
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
        // Leave no Vaadin session behind on this thread: the security context follows it when present.
        com.vaadin.flow.internal.CurrentInstance.clearAll();
    }

    protected static void navigate(String path) {
        UI.getCurrent().navigate(path);
    }

    /**
     * Switches the UI's language, as the language switch does with a reload: the view shown is left, so
     * that the next navigation builds its view anew in that language.
     */
    protected static void speak(Locale locale) {
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().navigate("accessibility");
    }
}
