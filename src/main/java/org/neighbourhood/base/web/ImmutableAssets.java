package org.neighbourhood.base.web;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The front-end bundle's files carry a hash of their content in their names ({@code indexhtml-QXbTLm33.js}): a
 * changed file is a new address, so a browser or proxy may keep each for a year without asking again. Vaadin
 * serves them for an hour only; this says so for the files named with a hash. They are served pre-compressed
 * (Brotli or gzip, as the browser accepts) by Vaadin itself.
 */
@Component
class ImmutableAssets extends OncePerRequestFilter {

    static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
    private static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8,}\\.[a-z0-9]+");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !HASHED.matcher(request.getRequestURI().substring(request.getContextPath().length())).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader("Cache-Control", FOR_A_YEAR);
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void setHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name) && !"Expires".equalsIgnoreCase(name)) {
                    super.setHeader(name, value);
                }
            }

            @Override
            public void addHeader(String name, String value) {
                if (!"Cache-Control".equalsIgnoreCase(name) && !"Expires".equalsIgnoreCase(name)) {
                    super.addHeader(name, value);
                }
            }

            @Override
            public void setStatus(int status) {
                super.setStatus(status);
                notKeptIfFailed(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                notKeptIfFailed(status);
                super.sendError(status);
            }

            @Override
            public void sendError(int status, String message) throws IOException {
                notKeptIfFailed(status);
                super.sendError(status, message);
            }

            private void notKeptIfFailed(int status) {
                if (status >= 400) {
                    ((HttpServletResponse) getResponse()).setHeader("Cache-Control", "no-store");
                }
            }

            @Override
            public void setDateHeader(String name, long date) {
                if (!"Expires".equalsIgnoreCase(name)) {
                    super.setDateHeader(name, date);
                }
            }
        });
    }
}
