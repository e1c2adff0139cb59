package org.neighbourhood.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.sql.Driver;
import java.util.Collections;
import java.util.Enumeration;
import java.util.ServiceLoader;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

/** Service files are looked for once; everything else, classes included, is asked of the web application's loader. */
class KeptServiceFilesTest {

    /** The loader under the keeping one, counting what it is asked for. */
    static final class Counting extends URLClassLoader {

        final AtomicInteger serviceFileLookups = new AtomicInteger();
        final AtomicInteger otherLookups = new AtomicInteger();

        Counting() {
            super(new URL[0], KeptServiceFilesTest.class.getClassLoader());
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            (name.startsWith("META-INF/services/") ? serviceFileLookups : otherLookups).incrementAndGet();
            return super.getResources(name);
        }
    }

    @Test
    void a_service_file_is_looked_for_once_and_its_services_still_load() throws IOException {
        var web = new Counting();
        var keeping = new KeptServiceFiles().keeping(web);

        for (int visit = 0; visit < 3; visit++) {
            assertThat(ServiceLoader.load(Driver.class, keeping).stream().map(p -> p.type().getName()))
                    .contains("org.h2.Driver");
            assertThat(ServiceLoader.load(KeptServiceFilesTest.class, keeping).findFirst()).isEmpty();
        }

        assertThat(web.serviceFileLookups).hasValue(2);
        assertThat(Collections.list(keeping.getResources("META-INF/services/java.sql.Driver")))
                .isEqualTo(Collections.list(web.getResources("META-INF/services/java.sql.Driver")));
    }

    @Test
    void other_resources_are_asked_for_every_time() throws IOException {
        var web = new Counting();
        var keeping = new KeptServiceFiles().keeping(web);

        keeping.getResources("META-INF/MANIFEST.MF");
        keeping.getResources("META-INF/MANIFEST.MF");

        assertThat(web.otherLookups).hasValue(2);
        assertThat(keeping.getParent()).isSameAs(web);
    }

    @Test
    void a_vaadin_request_runs_with_the_keeping_loader_and_the_thread_gets_its_own_back() {
        var kept = new KeptServiceFiles();
        var thread = Thread.currentThread();
        var original = thread.getContextClassLoader();
        var request = new VaadinServletRequest(new MockHttpServletRequest("POST", "/"), null);
        var response = new VaadinServletResponse(new MockHttpServletResponse(), null);

        kept.requestStart(request, response);
        var during = thread.getContextClassLoader();
        kept.requestEnd(request, response, null);

        assertThat(during).isInstanceOf(KeptServiceFiles.Keeping.class);
        assertThat(during.getParent()).isSameAs(original);
        assertThat(thread.getContextClassLoader()).isSameAs(original);
        assertThat(kept.keeping(original)).as("made once").isSameAs(during);
    }
}
