package org.neighbourhood.forums.series;

/**
 * Told, inside the transaction that saved it, when a session that is still open gets more places, so that the
 * sign-ups can give them to the people waiting. An event rather than a call, because sign-ups build on series and
 * sessions, not the other way round. The session is locked until that transaction ends.
 */
public record SessionCapacityRaised(SessionFacts session) {
}
