package org.neighbourhood.forums.signup;

/** A facilitator's decision on a listening circle registrant; only approved people learn where it is. */
public enum Approval {
    AWAITING, APPROVED, DECLINED
}
