package org.neighbourhood.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.neighbourhood.MovableClock;
import org.neighbourhood.SignedIn;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SeriesContent;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.series.SessionFormat;
import org.neighbourhood.forums.series.SessionText;
import org.neighbourhood.forums.signup.SignUp;
import org.neighbourhood.mail.CaughtMail;
import org.neighbourhood.mail.LocalMailCatcher;
import org.neighbourhood.mail.MailDispatcher;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Builds a fresh series and session for one test, relative to the test clock, and reads the mail the portal
 * sent through the real SMTP catcher.
 */
@org.springframework.stereotype.Component
public final class ForumFixtures {

    public static final Pattern CONFIRM = Pattern.compile("/signup/confirm\\?t=([A-Za-z0-9_-]{43})");
    public static final Pattern MANAGE = Pattern.compile("/signup/manage\\?t=([A-Za-z0-9_-]{43})");

    private final SeriesAdminService admin;
    private final SecurityContextHolderStrategy security;
    private final MailDispatcher dispatcher;
    private final LocalMailCatcher catcher;
    private final MovableClock clock;

    ForumFixtures(SeriesAdminService admin, SecurityContextHolderStrategy security, MailDispatcher dispatcher,
            LocalMailCatcher catcher, MovableClock clock) {
        this.admin = admin;
        this.security = security;
        this.dispatcher = dispatcher;
        this.catcher = catcher;
        this.clock = clock;
    }

    /** Starts the mail catcher, which a test of an outage may have left stopped. */
    public void ready() {
        catcher.start();
    }

    /** A published series and one published session starting in {@code in}, with {@code capacity} places. */
    public SessionFacts session(Duration in, int capacity, boolean circle, Set<Long> facilitators) {
        var previous = security.getContext();
        SignedIn.as(security, "admin", "ADMIN");
        try {
            var slug = "test-forum-" + System.nanoTime();
            var series = admin.createSeries(slug, series("Test forum " + slug), facilitators);
            var starts = clock.instant().plus(in).truncatedTo(ChronoUnit.MINUTES);
            return admin.createSession(series.id(), new SessionContent(Map.of("en", new SessionText("Test session",
                    null), "pl", new SessionText("Sesja testowa", null)), SessionFormat.HYBRID,
                    "St Columba's Church Hall", "14 Abbey Road", "Step-free entrance",
                    "https://meet.example/test", starts, starts.plus(Duration.ofHours(2)), capacity,
                    "Insp. Helen Marsh", circle, true));
        } finally {
            security.setContext(previous);
        }
    }

    /** A published series' content, written in English only. */
    public static SeriesContent series(String name) {
        return new SeriesContent(Map.of("en", new SeriesText(name, "A forum for a test.", null, "Monthly")), true);
    }

    /** The same session with another English title. */
    public static SessionContent retitled(SessionContent c, String title) {
        var texts = new java.util.HashMap<>(c.texts());
        texts.put("en", new SessionText(title, c.text("en").description()));
        return new SessionContent(texts, c.format(), c.venueName(), c.venueAddress(), c.accessibilityNotes(),
                c.onlineUrl(), c.startsAt(), c.endsAt(), c.capacity(), c.chairs(), c.listeningCircle(), c.published());
    }

    /** The same session with another number of places. */
    public static SessionContent withCapacity(SessionContent c, int capacity) {
        return new SessionContent(c.texts(), c.format(), c.venueName(), c.venueAddress(), c.accessibilityNotes(),
                c.onlineUrl(), c.startsAt(), c.endsAt(), capacity, c.chairs(), c.listeningCircle(), c.published());
    }

    public static SignUp form(String name, String email) {
        return new SignUp(name, email, "Riverside Youth Club", null, true, null);
    }

    /** Sends what is due and returns the mails to this address, oldest first. */
    public List<CaughtMail> mailTo(String address) {
        while (dispatcher.dispatchDue() > 0) {
            // until the outbox is empty
        }
        var found = new java.util.ArrayList<>(catcher.caught().stream()
                .filter(m -> m.to().toLowerCase(Locale.ROOT).contains(address.toLowerCase(Locale.ROOT))).toList());
        java.util.Collections.reverse(found);
        return found;
    }

    public CaughtMail lastMailTo(String address) {
        var mails = mailTo(address);
        assertThat(mails).as("mail to " + address).isNotEmpty();
        return mails.getLast();
    }

    public static String token(Pattern pattern, CaughtMail mail) {
        var matcher = pattern.matcher(mail.text());
        assertThat(matcher.find()).as("a link in: " + mail.text()).isTrue();
        return matcher.group(1);
    }

    public static String unique(String name) {
        return name.toLowerCase(Locale.ROOT).replace(' ', '.') + "." + System.nanoTime() + "@example.org";
    }

    Instant now() {
        return clock.instant();
    }
}
