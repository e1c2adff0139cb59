package org.neighbourhood.base.ui;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

/**
 * Finds each {@code META-INF/services} file once, not once a request. Flow looks services up with
 * {@link java.util.ServiceLoader} on every visit — the push connection factory for each new UI, the dev-mode
 * handler for each bootstrap, the role prefix holder for each navigation — and each lookup asks every one of the
 * ~200 jars nested in the production jar whether it holds the file (none does): measured with a profiler, about
 * 13% of the portal's CPU in a surge of first visits. The jars do not change while the portal runs, so their
 * service files are found once and the answer kept; everything else is asked of the class loader as before.
 *
 * <p>Requests run with the keeping class loader as their context class loader (what {@code ServiceLoader.load}
 * and Flow's lookup use) and it is Vaadin's own service class loader too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class KeptServiceFiles extends OncePerRequestFilter implements VaadinServiceInitListener {

    private static final String SERVICE_FILES = "META-INF/services/";

    private volatile @Nullable Keeping keeping;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var thread = Thread.currentThread();
        var original = thread.getContextClassLoader();
        thread.setContextClassLoader(keeping(original));
        try {
            chain.doFilter(request, response);
        } finally {
            thread.setContextClassLoader(original);
        }
    }

    @Override
    protected boolean shouldNotFilterAsyncDispatch() {
        return false;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        var service = event.getSource();
        service.setClassLoader(keeping(service.getClassLoader()));
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
