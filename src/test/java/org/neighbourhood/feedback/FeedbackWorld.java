package org.neighbourhood.feedback;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.neighbourhood.mail.LocalMailCatcher;
import org.neighbourhood.mail.MailDispatcher;
import org.neighbourhood.neighbourhoods.NeighbourhoodImportService;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.officers.NewOfficer;
import org.neighbourhood.officers.OfficerService;
import org.neighbourhood.officers.OfficerText;
import org.neighbourhood.officers.Rank;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.Role;
import org.neighbourhood.security.UserService;
import org.springframework.stereotype.Component;

/**
 * Neighbourhoods of the feedback tests' own, each new one with its own editor and sergeant, so that a test's
 * counts and figures hold whatever other tests did. Also reads a resident's private link out of their email.
 */
@Component
class FeedbackWorld {

    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern LINK = Pattern.compile("/feedback/yours\\?t=([A-Za-z0-9_-]+)");

    private final Permissions permissions;
    private final NeighbourhoodImportService imports;
    private final NeighbourhoodService neighbourhoods;
    private final OfficerService officers;
    private final UserService users;
    private final MailDispatcher dispatcher;
    private final LocalMailCatcher catcher;

    FeedbackWorld(Permissions permissions, NeighbourhoodImportService imports, NeighbourhoodService neighbourhoods,
            OfficerService officers, UserService users, MailDispatcher dispatcher, LocalMailCatcher catcher) {
        this.permissions = permissions;
        this.imports = imports;
        this.neighbourhoods = neighbourhoods;
        this.officers = officers;
        this.users = users;
        this.dispatcher = dispatcher;
        this.catcher = catcher;
    }

    /** A neighbourhood named "Quayside …", whose references start QYS, with an editor and a sergeant. */
    record Team(long neighbourhoodId, String editor, String editorEmail, String sergeantEmail) {
    }

    Team newTeam(boolean withSergeant) {
        var made = new Team[1];
        permissions.runAsSystem("feedback-tests", () -> made[0] = build(withSergeant));
        return made[0];
    }

    /** A client address of its own, so that no test meets another's rate limit. */
    static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (n / 250) + "." + (n % 250);
    }

    static String email() {
        return "resident." + System.nanoTime() + "@example.org";
    }

    /** Sends what the outbox holds and returns the private link token in the newest mail to the address. */
    String tokenMailedTo(String email) {
        dispatchAll();
        var mail = catcher.caught().stream().filter(m -> m.to().equals(email)).findFirst().orElseThrow();
        var matcher = LINK.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("No feedback link in: " + mail.text());
        }
        return matcher.group(1);
    }

    void dispatchAll() {
        catcher.start();
        while (dispatcher.dispatchDue() > 0) {
            // until the outbox is empty
        }
    }

    List<org.neighbourhood.mail.CaughtMail> mailsTo(String email) {
        return catcher.caught().stream().filter(m -> m.to().equals(email)).toList();
    }

    private Team build(boolean withSergeant) {
        var suffix = Long.toString(System.nanoTime(), 36);
        var slug = "quayside-" + suffix;
        double lng = -60 - (System.nanoTime() % 1000) / 100.0;
        var report = imports.importBoundaries(new ByteArrayInputStream(String.format(Locale.ROOT,
                "{\"type\":\"FeatureCollection\",\"features\":[{\"type\":\"Feature\",\"properties\":{\"slug\":\"%s\","
                        + "\"name\":\"Quayside %s\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%3$s,-40],"
                        + "[%4$s,-40],[%4$s,-39.995],[%3$s,-39.995],[%3$s,-40]]]}}]}",
                slug, suffix, lng, lng + 0.005).getBytes(StandardCharsets.UTF_8)));
        if (!report.succeeded()) {
            throw new IllegalStateException("The feedback world's boundary: " + report.problems());
        }
        long id = neighbourhoods.findBySlug(slug).orElseThrow().id();
        var editor = "fb.editor." + suffix;
        var editorEmail = editor + "@northshire.police.example";
        users.create(editor, "Editor " + suffix, editorEmail, Set.of(Role.EDITOR), Set.of(id), null);
        var sergeantEmail = "fb.sergeant." + suffix + "@northshire.police.example";
        if (withSergeant) {
            long officer = officers.create(new NewOfficer("Sergeant " + suffix, Rank.SERGEANT, "Quayside team",
                    Map.of("en", new OfficerText("Neighbourhood sergeant", "Leads the team.")), List.of("en"),
                    List.of(slug), null)).id();
            users.create("fb.sergeant." + suffix, "Sergeant " + suffix, sergeantEmail, Set.of(), Set.of(), officer,
                    null);
        }
        return new Team(id, editor, editorEmail, sergeantEmail);
    }
}
