package org.neighbourhood.officers;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import org.jspecify.annotations.Nullable;

/** The picture shown for an officer, kept apart so that lists of officers never load image bytes. */
@Entity
class OfficerPhoto {

    @Id
    @Column(name = "officer_id")
    private @Nullable Long officerId;

    private String contentType;

    private byte[] data;

    private Instant updatedAt;

    protected OfficerPhoto() {
        this.contentType = "";
        this.data = new byte[0];
        this.updatedAt = Instant.EPOCH;
    }

    OfficerPhoto(long officerId, String contentType, byte[] data, Instant now) {
        this.officerId = officerId;
        this.contentType = contentType;
        this.data = data.clone();
        this.updatedAt = now;
    }

    String getContentType() {
        return contentType;
    }

    byte[] getData() {
        return data.clone();
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    void replace(String contentType, byte[] data, Instant now) {
        this.contentType = contentType;
        this.data = data.clone();
        this.updatedAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof OfficerPhoto that && officerId != null
                && officerId.equals(that.officerId);
    }

    @Override
    public int hashCode() {
        return OfficerPhoto.class.hashCode();
    }
}
