package org.neighbourhood.updates;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** The picture shown with an update and its description, kept apart so that lists of updates never load its bytes. */
@Entity
class UpdateImage {

    @Id
    @Column(name = "update_id")
    private @Nullable Long updateId;

    private String contentType;

    private byte[] data;

    private String alt;

    private Instant updatedAt;

    protected UpdateImage() {
        this.contentType = "";
        this.data = new byte[0];
        this.alt = "";
        this.updatedAt = Instant.EPOCH;
    }

    UpdateImage(long updateId, String contentType, byte[] data, String alt, Instant now) {
        this.updateId = updateId;
        this.contentType = contentType;
        this.data = data.clone();
        this.alt = alt;
        this.updatedAt = now;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getData() {
        return data.clone();
    }

    String getAlt() {
        return alt;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void replace(String contentType, byte[] data, String alt, Instant now) {
        this.contentType = contentType;
        this.data = data.clone();
        this.alt = alt;
        this.updatedAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof UpdateImage that && updateId != null
                && updateId.equals(that.updateId);
    }

    @Override
    public int hashCode() {
        return UpdateImage.class.hashCode();
    }
}
