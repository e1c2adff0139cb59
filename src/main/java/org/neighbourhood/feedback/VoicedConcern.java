package org.neighbourhood.feedback;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.jspecify.annotations.Nullable;

/** One click on "this concerns me": what, where, which month, and a voter nobody can trace back to a person. */
@Entity
@Table(name = "feedback_concern")
class VoicedConcern {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    private long neighbourhoodId;
    @Enumerated(EnumType.STRING)
    private Subject kind;
    /** The month in London, such as {@code 2026-12}. */
    private String voicedMonth;
    private String voterHash;
    private Instant voicedAt;

    protected VoicedConcern() {
        this.kind = Subject.OTHER;
        this.voicedMonth = "";
        this.voterHash = "";
        this.voicedAt = Instant.EPOCH;
    }

    VoicedConcern(long neighbourhoodId, Subject kind, String month, String voterHash, Instant voicedAt) {
        this.neighbourhoodId = neighbourhoodId;
        this.kind = kind;
        this.voicedMonth = month;
        this.voterHash = voterHash;
        this.voicedAt = voicedAt;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof VoicedConcern that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return VoicedConcern.class.hashCode();
    }
}
