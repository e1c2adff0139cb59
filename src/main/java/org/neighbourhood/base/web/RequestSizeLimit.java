package org.neighbourhood.base.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * No request body larger than {@code neighbourhood.uploads.max-request-size} is read, whatever the endpoint:
 * Vaadin's upload handlers, for one, would otherwise read whatever they are sent. A body that says it is
 * larger is refused with 413 before anything reads it, and the connection is closed rather than drained; one
 * that does not say its length (chunked) fails as soon as more than the limit has been read. Each upload
 * field keeps its own, smaller limit besides (see {@code base.ui.LimitedUpload}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestSizeLimit extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RequestSizeLimit.class);

    private final long max;

    RequestSizeLimit(@Value("${neighbourhood.uploads.max-request-size:60MB}") DataSize max) {
        this.max = max.toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var declared = request.getContentLengthLong();
        if (declared > max) {
            log.info("Refused a request body of {} bytes to {} from {}", declared, request.getRequestURI(),
                    request.getRemoteAddr());
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            response.setHeader("Connection", "close");
            response.setContentType("text/plain;charset=UTF-8");
            response.getWriter().write("Request too large\n");
            return;
        }
        chain.doFilter(declared >= 0 ? request : new Limited(request, max), response);
    }

    /** A request whose body fails once more than the limit has been read from it. */
    private static final class Limited extends HttpServletRequestWrapper {

        private final long max;
        private @org.jspecify.annotations.Nullable ServletInputStream stream;

        Limited(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new LimitedStream(super.getInputStream(), max);
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            var encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(),
                    encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding)));
        }
    }

    private static final class LimitedStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        LimitedStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new IOException("The request body is larger than " + max + " bytes");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
