package org.neighbourhood.priorities;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.publishing.PublishingService;
import org.neighbourhood.publishing.PublishingSupport;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Priorities: the public reads what is published and due, in their language where it is written; the back office
 * writes, publishes, schedules and unpublishes them through the shared publishing pipeline.
 */
@Service
@Transactional(readOnly = true)
public class PriorityService extends PublishingService<Priority, PriorityText, PriorityContent> {

    static final String SUBJECT = "priority";

    private final PriorityRepository priorities;

    PriorityService(PriorityRepository priorities, PublishingSupport support) {
        super(SUBJECT, Priority.class, priorities, Sort.by(Sort.Direction.DESC, "lifecycle.updatedAt"), support);
        this.priorities = priorities;
    }

    /**
     * A priority as the public sees it.
     *
     * @param language the language its text is written in
     * @param inRequestedLanguage false when it is shown in another language than the reader's, with a note
     */
    public record PublicPriority(long id, String issue, LocalDate issueDate, @Nullable String action,
            @Nullable LocalDate actionDate, PriorityStatus status, Locale language, boolean inRequestedLanguage) {
    }

    public List<PublicPriority> publishedFor(long neighbourhoodId, Locale locale) {
        return priorities.findPublic(neighbourhoodId, now()).stream()
                .map(p -> toPublic(Objects.requireNonNull(p.getId()), p.content(), locale))
                .toList();
    }

    /** Exactly what the public page will show for this priority in that language, for a preview. */
    public PublicPriority preview(PriorityContent content, Locale locale) {
        return toPublic(0L, content, locale);
    }

    private PublicPriority toPublic(long id, PriorityContent content, Locale locale) {
        var text = localise(content, locale);
        var action = text.text().action();
        return new PublicPriority(id, Objects.requireNonNull(text.text().issue()), content.issueDate(),
                action == null || action.isBlank() ? null : action, content.actionDate(), content.status(),
                text.language(), text.inRequestedLanguage());
    }

    @Override
    protected Priority newItem(long neighbourhoodId, PriorityContent content, Instant now) {
        return new Priority(neighbourhoodId, now);
    }

    @Override
    protected PriorityContent withTexts(PriorityContent c, Map<String, PriorityText> texts) {
        return new PriorityContent(texts, c.issueDate(), c.actionDate(), c.status());
    }

    @Override
    protected String describe(PriorityContent c) {
        return "issue “" + headline(c) + "”, status " + c.status();
    }
}
