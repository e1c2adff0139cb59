package org.neighbourhood.base.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.communication.UidlRequestHandler;

import org.jspecify.annotations.Nullable;

/**
 * Flow's own handler of a UI's requests, except that the UI keeps its last answer compressed between requests.
 *
 * <p>Flow keeps each UI's last answer whole, as a string, so that it can answer again a request the browser sends
 * twice because the first answer never reached it. That answer is the page itself after a navigation — about
 * 130 kB of heap for the Riverside page, kept for every visitor until the session ends, and most of what a
 * visitor costs (measured with a class histogram and the JDK's old-object samples, see README, "Surge"). Kept
 * deflated it is about a tenth of that; it is inflated again only for a request that repeats the last one, the
 * only case in which Flow reads it.
 */
final class CompactLastResponse extends UidlRequestHandler {

    /** The number of the browser's message, which a repeated request carries again. */
    private static final Pattern CLIENT_ID = Pattern.compile("\"clientId\"\\s*:\\s*(-?\\d+)");

    private record Deflated(byte[] bytes, int length) {
    }

    @Override
    public Optional<ResponseWriter> synchronizedHandleRequest(VaadinSession session, VaadinRequest request,
            VaadinResponse response, String requestBody) throws IOException {
        var ui = session.getService().findUI(request);
        if (ui != null && repeatsLast(ui, requestBody)) {
            inflate(ui);
        }
        try {
            return super.synchronizedHandleRequest(session, request, response, requestBody);
        } finally {
            if (ui != null) {
                deflate(ui);
            }
        }
    }

    private static boolean repeatsLast(UI ui, String requestBody) {
        var id = CLIENT_ID.matcher(requestBody);
        return id.find() && Integer.parseInt(id.group(1)) == ui.getInternals().getLastProcessedClientToServerId();
    }

    static void deflate(UI ui) {
        var last = ui.getInternals().getLastRequestResponse();
        if (last == null) {
            return;
        }
        var bytes = last.getBytes(StandardCharsets.UTF_8);
        var deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(bytes);
            deflater.finish();
            var out = new ByteArrayOutputStream(Math.max(64, bytes.length / 6));
            var buffer = new byte[8192];
            while (!deflater.finished()) {
                out.write(buffer, 0, deflater.deflate(buffer));
            }
            ComponentUtil.setData(ui, Deflated.class, new Deflated(out.toByteArray(), bytes.length));
            ui.getInternals().setLastRequestResponse(null);
        } finally {
            deflater.end();
        }
    }

    static @Nullable String inflate(UI ui) {
        var deflated = ComponentUtil.getData(ui, Deflated.class);
        if (deflated == null) {
            return ui.getInternals().getLastRequestResponse();
        }
        var inflater = new Inflater();
        try {
            inflater.setInput(deflated.bytes());
            var bytes = new byte[deflated.length()];
            int read = 0;
            while (read < bytes.length && !inflater.finished()) {
                read += inflater.inflate(bytes, read, bytes.length - read);
            }
            var last = new String(bytes, 0, read, StandardCharsets.UTF_8);
            ui.getInternals().setLastRequestResponse(last);
            ComponentUtil.setData(ui, Deflated.class, null);
            return last;
        } catch (DataFormatException e) {
            throw new UncheckedIOException(new IOException("The UI's last answer could not be read back", e));
        } finally {
            inflater.end();
        }
    }
}
