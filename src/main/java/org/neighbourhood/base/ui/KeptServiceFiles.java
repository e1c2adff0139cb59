package org.neighbourhood.base.ui;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinRequestInterceptor;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

/**
 * Finds each {@code META-INF/services} file once, not once a request. Flow looks services up with
 * {@link java.util.ServiceLoader} on every visit — the push connection factory for each new UI, the dev-mode
 * handler for each bootstrap, the role prefix holder for each navigation — and each lookup asks every one of the
 * ~200 jars nested in the production jar whether it holds the file (none does): measured with a profiler, about
 * 13% of the portal's CPU in a surge of first visits. The jars do not change while the portal runs, so their
 * service files are found once and the answer kept; everything else is asked of the class loader as before.
 *
 * <p>Vaadin's requests run with the keeping class loader as their context class loader (what
 * {@code ServiceLoader.load} and Flow's lookup use) — set where Vaadin starts handling a request, as Tomcat sets
 * its own again when Spring forwards the request to Vaadin's servlet — and it is Vaadin's service class loader too.
 */
@Component
class KeptServiceFiles implements VaadinServiceInitListener, VaadinRequestInterceptor {

    private static final String SERVICE_FILES = "META-INF/services/";
    private static final String ORIGINAL = KeptServiceFiles.class.getName() + ".original";

    private transient volatile @Nullable Keeping keeping;

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.setClassLoader(keeping(service.getClassLoader()));
        event.addVaadinRequestInterceptor(this);
    }

    @Override
    public void requestStart(VaadinRequest request, VaadinResponse response) {
        var thread = Thread.currentThread();
        var original = thread.getContextClassLoader();
        request.setAttribute(ORIGINAL, original);
        thread.setContextClassLoader(keeping(original));
    }

    @Override
    public void handleException(VaadinRequest request, VaadinResponse response, VaadinSession session,
            Exception failure) {
        // requestEnd follows, and puts the thread's own class loader back.
    }

    @Override
    public void requestEnd(VaadinRequest request, VaadinResponse response, @Nullable VaadinSession session) {
        if (request.getAttribute(ORIGINAL) instanceof ClassLoader original) {
            Thread.currentThread().setContextClassLoader(original);
            request.removeAttribute(ORIGINAL);
        }
    }

    /** The keeping loader in front of this one, made once (again only should the web application's loader change). */
    Keeping keeping(ClassLoader loader) {
        if (loader instanceof Keeping already) {
            return already;
        }
        var kept = keeping;
        if (kept == null || kept.getParent() != loader) {
            kept = new Keeping(loader);
            keeping = kept;
        }
        return kept;
    }

    /** Asks its parent for everything, and keeps the parent's answer for service files. */
    static final class Keeping extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        private final ConcurrentMap<String, List<URL>> serviceFiles = new ConcurrentHashMap<>();

        Keeping(ClassLoader parent) {
            super("kept-service-files", parent);
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            if (!name.startsWith(SERVICE_FILES)) {
                return super.getResources(name);
            }
            var found = serviceFiles.get(name);
            if (found == null) {
                found = List.copyOf(Collections.list(super.getResources(name)));
                serviceFiles.putIfAbsent(name, found);
            }
            return Collections.enumeration(found);
        }
    }
}
