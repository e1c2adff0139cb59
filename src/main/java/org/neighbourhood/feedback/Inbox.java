package org.neighbourhood.feedback;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import org.neighbourhood.feedback.FeedbackService.InboxFilter;
import org.neighbourhood.feedback.FeedbackService.InboxOrder;
import org.neighbourhood.security.Permissions.Editable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox's query, filtered, ordered and paged in the database so that a team with years of feedback loads
 * one page at a time. What the signed-in user may see is a condition of the query itself.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    List<FeedbackItem> page(Editable visible, InboxFilter filter, Instant now, int offset, int limit) {
        var where = where(visible, filter, now);
        var order = filter.order() == InboxOrder.MOST_OVERDUE
                // Unanswered open items first, the longest past due at the top; then the rest, newest first.
                ? " order by case when f.firstAnsweredAt is null and f.status in :open then 0 else 1 end,"
                        + " case when f.firstAnsweredAt is null and f.status in :open then f.dueAt end asc,"
                        + " f.receivedAt desc, f.id desc"
                : " order by f.receivedAt desc, f.id desc";
        var query = entityManager.createQuery("select f from FeedbackItem f" + where.jpql() + order, FeedbackItem.class);
        where.bind(query);
        if (filter.order() == InboxOrder.MOST_OVERDUE) {
            query.setParameter("open", OPEN);
        }
        return query.setFirstResult(Math.max(0, offset)).setMaxResults(Math.max(1, limit)).getResultList();
    }

    long count(Editable visible, InboxFilter filter, Instant now) {
        var where = where(visible, filter, now);
        var query = entityManager.createQuery("select count(f) from FeedbackItem f" + where.jpql(), Long.class);
        where.bind(query);
        return query.getSingleResult();
    }

    /** Unanswered open items falling due in [from, to). */
    long countDueBetween(Editable visible, Instant from, Instant to) {
        return unanswered(visible, " and f.dueAt >= :from and f.dueAt < :to")
                .setParameter("from", from).setParameter("to", to).getSingleResult();
    }

    long countOverdue(Editable visible, Instant now) {
        return unanswered(visible, " and f.dueAt < :now").setParameter("now", now).getSingleResult();
    }

    private TypedQuery<Long> unanswered(Editable visible, String condition) {
        var query = entityManager.createQuery("select count(f) from FeedbackItem f where f.spam = false"
                + " and f.firstAnsweredAt is null and f.status in :open"
                + (visible.all() ? "" : " and f.neighbourhoodId in :visible") + condition, Long.class);
        query.setParameter("open", OPEN);
        if (!visible.all()) {
            query.setParameter("visible", visible.neighbourhoodIds());
        }
        return query;
    }

    private static final Set<FeedbackStatus> OPEN = Set.of(FeedbackStatus.NEW, FeedbackStatus.IN_PROGRESS);

    private static Where where(Editable visible, InboxFilter filter, Instant now) {
        var jpql = new StringBuilder(" where f.spam = :spam");
        var parameters = new HashMap<String, Object>();
        parameters.put("spam", filter.spam());
        if (!visible.all()) {
            jpql.append(" and f.neighbourhoodId in :visible");
            parameters.put("visible", visible.neighbourhoodIds());
        }
        if (filter.status() != null) {
            jpql.append(" and f.status = :status");
            parameters.put("status", filter.status());
        }
        if (filter.neighbourhoodId() != null) {
            jpql.append(" and f.neighbourhoodId = :neighbourhood");
            parameters.put("neighbourhood", filter.neighbourhoodId());
        }
        if (filter.subject() != null) {
            jpql.append(" and f.subject = :subject");
            parameters.put("subject", filter.subject());
        }
        if (filter.olderThan() != null) {
            jpql.append(" and f.receivedAt <= :receivedBy");
            parameters.put("receivedBy", now.minus(filter.olderThan()));
        }
        if (filter.overdueOnly()) {
            jpql.append(" and f.firstAnsweredAt is null and f.status in :openStatuses and f.dueAt < :now");
            parameters.put("openStatuses", OPEN);
            parameters.put("now", now);
        }
        if (filter.assigneeId() != null) {
            jpql.append(" and f.assigneeId = :assignee");
            parameters.put("assignee", filter.assigneeId());
        }
        return new Where(jpql.toString(), parameters);
    }

    private record Where(String jpql, Map<String, Object> parameters) {
        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }
    }
}
