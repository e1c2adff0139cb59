package org.neighbourhood.forums.signup;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.PublicAddress;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.mail.MailOutbox;
import org.neighbourhood.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/**
 * The forum's emails, written to the outbox inside the transaction that causes them. Each carries a link
 * to manage or cancel the registration; where the session is, only for people who may know it.
 */
@Component
class ForumMail {

    static final String CONFIRM = "forum-confirm";
    static final String PLACE = "forum-place";
    static final String WAITING = "forum-waiting";
    static final String PROMOTED = "forum-promoted";
    static final String CANCELLED = "forum-cancelled";
    static final String APPROVED = "forum-approved";
    static final String REMINDER = "forum-reminder";
    static final String LINK = "forum-link";
    private static final String CONFIRM_URL = "confirmUrl";

    private final MailOutbox outbox;
    private final PublicAddress address;
    private final SessionNames names;

    ForumMail(MailOutbox outbox, PublicAddress address, SessionNames names) {
        this.outbox = outbox;
        this.address = address;
        this.names = names;
    }

    void send(String template, Registration person, SessionFacts session, String manageToken,
            @Nullable String confirmToken, @Nullable Integer position) {
        var locale = person.getLocale();
        var baseUrl = address.base();
        var payload = new LinkedHashMap<String, String>();
        payload.put(OutgoingMail.NAME, person.getName());
        // In the recipient's language where someone has written it, otherwise in the first language there is.
        payload.put("seriesName", names.seriesName(session, locale).text());
        payload.put("sessionTitle", names.sessionTitle(session, locale).text());
        payload.put("when", TimeRanges.format(session.startsAt(), session.endsAt(), locale));
        payload.put("sessionUrl", baseUrl + "/forums/" + session.seriesSlug() + "/" + session.slug() + lang(locale));
        payload.put(OutgoingMail.MANAGE_URL, baseUrl + "/signup/manage?t=" + manageToken + lang(locale, "&"));
        if (confirmToken != null) {
            payload.put(CONFIRM_URL, baseUrl + "/signup/confirm?t=" + confirmToken + lang(locale, "&"));
        }
        if (position != null) {
            payload.put("position", Integer.toString(position));
        }
        if (session.listeningCircle()) {
            payload.put("circle", "true");
        }
        if (!session.listeningCircle() || person.isExpected()) {
            putWhere(payload, session.content());
        }
        // The links carry the raw tokens, which exist nowhere else: the outbox forgets them once delivered.
        outbox.enqueue(new OutgoingMail(person.getEmail(), locale, template, Map.copyOf(payload))
                .withSecrets(confirmToken == null ? new String[] {OutgoingMail.MANAGE_URL}
                        : new String[] {OutgoingMail.MANAGE_URL, CONFIRM_URL}));
    }

    private static void putWhere(Map<String, String> payload, SessionContent content) {
        if (content.venueName() != null) {
            payload.put("venue", content.venueName()
                    + (content.venueAddress() == null ? "" : ", " + content.venueAddress()));
        }
        if (content.accessibilityNotes() != null) {
            payload.put("accessibility", content.accessibilityNotes());
        }
        if (content.onlineUrl() != null) {
            payload.put("onlineUrl", content.onlineUrl());
        }
    }

    private static String lang(Locale locale) {
        return lang(locale, "?");
    }

    private static String lang(Locale locale, String separator) {
        return "en".equals(locale.getLanguage()) ? "" : separator + "lang=" + locale.getLanguage();
    }
}
