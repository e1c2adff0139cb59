package org.neighbourhood.base.ui;

import java.io.IOException;

import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.InMemoryUploadCallback;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.server.streams.UploadMetadata;

/**
 * An upload kept in memory, limited on the server. {@code Upload.setMaxFileSize} is only the browser's check,
 * and {@code UploadHandler.inMemory} reads whatever it is sent: anyone with the upload's address could send a
 * gigabyte into the heap. This handler refuses a file that says it is larger than the limit without reading it,
 * reads at most one byte past the limit of one that does not say, and tells the view, with its UI locked, so that
 * the view can say why beside the upload.
 */
public final class LimitedUpload implements UploadHandler {

    private final int maxBytes;
    private final InMemoryUploadCallback accepted;
    private final SerializableRunnable refused;

    private LimitedUpload(int maxBytes, InMemoryUploadCallback accepted, SerializableRunnable refused) {
        this.maxBytes = maxBytes;
        this.accepted = accepted;
        this.refused = refused;
    }

    /**
     * @param maxBytes the largest file accepted
     * @param accepted given the file once it is all in memory, with the UI locked
     * @param refused run, with the UI locked, when a file was too large
     */
    public static LimitedUpload inMemory(int maxBytes, InMemoryUploadCallback accepted,
            SerializableRunnable refused) {
        return new LimitedUpload(maxBytes, accepted, refused);
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        if (event.getFileSize() > maxBytes) {
            refuse(event);
            return;
        }
        byte[] data;
        try (var in = event.getInputStream()) {
            data = in.readNBytes(maxBytes + 1);
        }
        if (data.length > maxBytes) {
            refuse(event);
            return;
        }
        var metadata = new UploadMetadata(event.getFileName(), event.getContentType(), data.length);
        event.getUI().access(() -> {
            try {
                accepted.complete(metadata, data);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    private void refuse(UploadEvent event) {
        event.reject("File too large");
        event.getUI().access(refused::run);
    }

    /** Also checked by Vaadin itself for a multipart upload, once the container has parsed it. */
    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getFileCountMax() {
        return 1;
    }
}
