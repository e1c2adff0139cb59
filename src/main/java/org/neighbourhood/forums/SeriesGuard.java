package org.neighbourhood.forums;

import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way the forums' back office reaches a series or a session: each method returns it only once the
 * signed-in user may manage it — an administrator every series, a facilitator the series they are assigned
 * to. Services in the forums' sub-packages cannot read the repositories behind it, so a back-office method
 * that forgets the check has nothing to work on.
 */
@Component
@Transactional(readOnly = true)
public class SeriesGuard {

    private final ForumSeriesRepository series;
    private final ForumSessionRepository sessions;
    private final Permissions permissions;

    SeriesGuard(ForumSeriesRepository series, ForumSessionRepository sessions, Permissions permissions) {
        this.series = series;
        this.sessions = sessions;
        this.permissions = permissions;
    }

    /** A session the signed-in user manages, with its series. */
    record Managed(ForumSession session, ForumSeries series) {
    }

    /** Whether the signed-in user may use the forums back office at all. */
    boolean canManageAny() {
        return permissions.isAdmin() || permissions.hasRole(Role.FACILITATOR);
    }

    boolean isAdmin() {
        return permissions.isAdmin();
    }

    public void requireAdmin() {
        if (!permissions.isAdmin()) {
            throw new AccessDeniedException("Only an administrator may do this");
        }
    }

    /** A series for what only an administrator does to it, such as choosing its facilitators. */
    ForumSeries seriesForAdmin(long seriesId) {
        requireAdmin();
        return series.findById(seriesId).orElseThrow(() -> new IllegalArgumentException("No such series"));
    }

    ForumSeries series(long seriesId) {
        var s = series.findById(seriesId).orElseThrow(() -> new IllegalArgumentException("No such series"));
        if (!mayManage(s)) {
            throw new AccessDeniedException("You do not facilitate this forum series");
        }
        return s;
    }

    /** The session after the check; what its series' facilitators may change on it is public. */
    public ForumSession session(long sessionId) {
        return managed(sessionId).session();
    }

    Managed managed(long sessionId) {
        var session = sessions.findById(sessionId).orElseThrow(() -> new IllegalArgumentException("No such session"));
        return new Managed(session, series(session.getSeriesId()));
    }

    /** The session locked for the rest of the transaction, for changes that give out places. */
    Managed locked(long sessionId) {
        var session = sessions.lockById(sessionId).orElseThrow(() -> new IllegalArgumentException("No such session"));
        return new Managed(session, series(session.getSeriesId()));
    }

    boolean mayManage(ForumSeries s) {
        if (permissions.isAdmin()) {
            return true;
        }
        return permissions.hasRole(Role.FACILITATOR)
                && permissions.signedInAccountId().map(s.getFacilitatorIds()::contains).orElse(false);
    }
}
