package org.neighbourhood.forums.series;

import java.util.List;

import org.neighbourhood.base.Refusal;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way the forums' back office reaches a series or a session: each method returns it only once the
 * signed-in user may manage it — an administrator every series, a facilitator the series they are assigned
 * to. The other parts of the forums (sign-ups, agenda, after the session, report) cannot read the repositories
 * behind it, so a back-office method that forgets the check has nothing to work on; what they get is a
 * snapshot, and what they change on a session they change through {@link SeriesAdminService}, which checks again.
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

        SessionFacts facts() {
            return SessionFacts.of(series, session);
        }
    }

    /** Whether the signed-in user may use the forums back office at all. */
    boolean canManageAny() {
        return permissions.isAdmin() || permissions.hasRole(Role.FACILITATOR);
    }

    boolean isAdmin() {
        return permissions.isAdmin();
    }

    /** For what only an administrator, or the portal's own schedule, does: across every series at once. */
    public void requireAdmin() {
        if (!permissions.isAdmin()) {
            throw new AccessDeniedException("Only an administrator may do this");
        }
    }

    /** A session the signed-in user manages. */
    public SessionFacts session(long sessionId) {
        return managed(sessionId).facts();
    }

    /** A session the signed-in user manages, locked for the rest of the caller's transaction, to give out places. */
    @Transactional
    public SessionFacts lockSession(long sessionId) {
        return locked(sessionId).facts();
    }

    /** Every session, oldest first, of a series the signed-in user manages. */
    public List<SessionFacts> sessions(long seriesId) {
        var forum = series(seriesId);
        return sessions.findBySeriesIdOrderByStartsAtAsc(seriesId).stream()
                .map(session -> SessionFacts.of(forum, session)).toList();
    }

    /** A series for what only an administrator does to it, such as choosing its facilitators. */
    ForumSeries seriesForAdmin(long seriesId) {
        requireAdmin();
        return series.findById(seriesId).orElseThrow(() -> Refusal.of("refusal.forum.series.gone"));
    }

    ForumSeries series(long seriesId) {
        var s = series.findById(seriesId).orElseThrow(() -> Refusal.of("refusal.forum.series.gone"));
        if (!mayManage(s)) {
            throw new AccessDeniedException("Not a facilitator of this forum series");
        }
        return s;
    }

    Managed managed(long sessionId) {
        var session = sessions.findById(sessionId).orElseThrow(() -> Refusal.of("refusal.forum.session.gone"));
        return new Managed(session, series(session.getSeriesId()));
    }

    /** The session locked for the rest of the transaction, for changes that give out places. */
    Managed locked(long sessionId) {
        var session = sessions.lockById(sessionId).orElseThrow(() -> Refusal.of("refusal.forum.session.gone"));
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
