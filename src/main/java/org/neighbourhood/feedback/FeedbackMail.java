package org.neighbourhood.feedback;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.mail.MailOutbox;
import org.neighbourhood.mail.OutgoingMail;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Feedback's emails, written to the outbox inside the transaction that causes them: the resident's receipt and
 * the team's answers, in the resident's language with a fresh private link, and the escalation to the team.
 * Nothing is ever sent about an item marked as spam.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class FeedbackMail {

    static final String RECEIPT = "feedback-receipt";
    static final String ANSWER = "feedback-answer";
    static final String ESCALATED = "feedback-escalated";
    static final String LINK_URL = "linkUrl";

    private final MailOutbox outbox;
    private final PublicAddress address;

    FeedbackMail(MailOutbox outbox, PublicAddress address) {
        this.outbox = outbox;
        this.address = address;
    }

    void receipt(FeedbackItem item, String token) {
        var payload = residentPayload(item, token);
        payload.put("due", TimeRanges.moment(item.getDueAt(), item.getLocale()));
        toResident(item, RECEIPT, payload);
    }

    void answer(FeedbackItem item, String answer, String token) {
        var payload = residentPayload(item, token);
        payload.put("answer", answer);
        toResident(item, ANSWER, payload);
    }

    /** Tells the team that a resident asked for escalation, in the team's language. */
    void escalated(FeedbackItem item, String recipient, Locale teamLanguage, @Nullable String neighbourhoodName) {
        var payload = new LinkedHashMap<String, String>();
        payload.put("reference", item.getReference());
        payload.put("neighbourhood", neighbourhoodName == null ? "" : neighbourhoodName);
        payload.put("received", TimeRanges.moment(item.getReceivedAt(), teamLanguage));
        payload.put("due", TimeRanges.moment(item.getDueAt(), teamLanguage));
        payload.put("inboxUrl", address.base() + "/admin/feedback/" + item.getId());
        outbox.enqueue(new OutgoingMail(recipient, teamLanguage, ESCALATED, payload));
    }

    private LinkedHashMap<String, String> residentPayload(FeedbackItem item, String token) {
        var payload = new LinkedHashMap<String, String>();
        if (item.getName() != null) {
            payload.put(OutgoingMail.NAME, item.getName());
        }
        payload.put("reference", item.getReference());
        payload.put(LINK_URL, address.base() + "/feedback/yours?t=" + token + lang(item.getLocale()));
        return payload;
    }

    private void toResident(FeedbackItem item, String template, LinkedHashMap<String, String> payload) {
        if (item.isSpam()) {
            return;
        }
        // The link carries the raw token, which exists nowhere else: the outbox forgets it once delivered.
        outbox.enqueue(new OutgoingMail(Objects.requireNonNull(item.getEmail()), item.getLocale(), template, payload)
                .withSecrets(LINK_URL));
    }

    private static String lang(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "" : "&lang=" + locale.getLanguage();
    }
}
