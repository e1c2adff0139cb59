package org.neighbourhood.security;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** The rules for every account, one row: for now, whether every administrator must use two-step sign-in. */
@Entity
class AccountPolicy {

    static final long ID = 1;

    @Id
    private long id;

    private boolean adminsNeedTwoStep;

    @Version
    private long version;

    private Instant updatedAt;

    protected AccountPolicy() {
        this.updatedAt = Instant.EPOCH;
    }

    boolean adminsNeedTwoStep() {
        return adminsNeedTwoStep;
    }

    void requireTwoStepForAdmins(boolean required, Instant now) {
        this.adminsNeedTwoStep = required;
        this.updatedAt = now;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || other instanceof AccountPolicy that && id == that.id;
    }

    @Override
    public int hashCode() {
        return AccountPolicy.class.hashCode();
    }
}
