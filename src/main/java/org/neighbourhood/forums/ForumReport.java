package org.neighbourhood.forums;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.security.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The report for the equality, diversity and inclusion board: one CSV per series and period with its
 * sessions, sign-ups, attendance, topics, actions and the communities represented. No names or addresses;
 * every count below 5 reads "fewer than 5", so that nobody can be picked out of a small number, and a community
 * named by fewer than 5 people is not named at all: such communities are counted together in one row.
 *
 * <p>The file is opened in spreadsheets, which run a cell that starts like a formula: every cell that could is
 * written with a leading apostrophe (OWASP's advice on CSV injection), since titles, actions and community
 * names are typed by people, some of them members of the public.
 */
@Service
@Transactional(readOnly = true)
public class ForumReport {

    public static final String SUPPRESSED = "fewer than 5";
    /** The row that counts together the communities too small to name. */
    public static final String OTHER_COMMUNITIES = "other communities (fewer than 5 each)";
    static final String NOT_GIVEN = "Not given";
    static final int THRESHOLD = 5;
    private static final String[] HEADER = {"section", "session_date", "session", "item", "status", "owner",
        "due_date", "count"};

    private final ForumAdminService admin;
    private final ForumSessionRepository sessions;
    private final RegistrationRepository registrations;
    private final TopicRepository topics;
    private final ForumActionRepository actions;
    private final AuditLog audit;

    ForumReport(ForumAdminService admin, ForumSessionRepository sessions, RegistrationRepository registrations,
            TopicRepository topics, ForumActionRepository actions, AuditLog audit) {
        this.admin = admin;
        this.sessions = sessions;
        this.registrations = registrations;
        this.topics = topics;
        this.actions = actions;
        this.audit = audit;
    }

    /** Sessions starting on {@code from} to {@code to} inclusive, London days. */
    @Transactional
    public String csv(long seriesId, LocalDate from, LocalDate to) {
        var forum = admin.manageable(seriesId);
        var list = sessions.findBySeriesIdAndStartsAtBetweenOrderByStartsAtAsc(seriesId,
                from.atStartOfDay(TimeRanges.LONDON).toInstant(),
                to.plusDays(1).atStartOfDay(TimeRanges.LONDON).toInstant().minusNanos(1000));
        var ids = list.stream().map(ForumSession::getId).toList();
        var people = ids.isEmpty() ? List.<Registration>of()
                : registrations.findBySessionIdInAndStatusIn(ids, List.of(RegistrationStatus.values()));
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (var session : list) {
                var date = TimeRanges.isoDate(session.getStartsAt());
                var title = session.content().title();
                var mine = people.stream().filter(r -> r.getSessionId() == session.getId()).toList();
                count(csv, date, title, "signed up", mine.stream().filter(r -> r.getConfirmedAt() != null).count());
                count(csv, date, title, "waiting list",
                        mine.stream().filter(r -> r.getStatus() == RegistrationStatus.WAITING).count());
                count(csv, date, title, "cancelled", mine.stream()
                        .filter(r -> r.getStatus() == RegistrationStatus.CANCELLED && r.getConfirmedAt() != null).count());
                count(csv, date, title, "attended", mine.stream().filter(r -> Boolean.TRUE.equals(r.getAttended())).count());
                count(csv, date, title, "did not attend",
                        mine.stream().filter(r -> Boolean.FALSE.equals(r.getAttended())).count());
                for (var topic : topics.findBySessionIdOrderByCreatedAtAsc(session.getId())) {
                    record(csv, "topic", date, title, topic.getTitle(), topic.getStatus(), "", "",
                            shown(topic.getSupporters().size()));
                }
                for (var action : actions.findBySessionIdOrderByCreatedAtAsc(session.getId())) {
                    var c = action.content();
                    record(csv, "action", date, title, c.said() + " — " + c.did(), c.status(), c.owner(),
                            c.dueDate() == null ? "" : c.dueDate(), "");
                }
            }
            var communities = new TreeMap<String, Long>(String.CASE_INSENSITIVE_ORDER);
            people.stream().filter(r -> r.getConfirmedAt() != null).forEach(r -> communities.merge(
                    r.getOrganisation() == null ? NOT_GIVEN : r.getOrganisation().strip(), 1L, Long::sum));
            long others = 0;
            for (Map.Entry<String, Long> entry : communities.entrySet()) {
                if (entry.getValue() < THRESHOLD && !NOT_GIVEN.equals(entry.getKey())) {
                    others += entry.getValue();
                } else {
                    record(csv, "community represented", "", "", entry.getKey(), "", "", "", shown(entry.getValue()));
                }
            }
            if (others > 0) {
                record(csv, "community represented", "", "", OTHER_COMMUNITIES, "", "", "", shown(others));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("forum-report.exported", "forum-series", String.valueOf(seriesId),
                forum.getSlug() + " " + from + " to " + to);
        return out.toString();
    }

    private static void count(CSVPrinter csv, String date, String title, String item, long count) throws IOException {
        record(csv, "session", date, title, item, "", "", "", shown(count));
    }

    private static void record(CSVPrinter csv, Object... cells) throws IOException {
        for (var cell : cells) {
            csv.print(cell instanceof String text ? neutralised(text) : cell);
        }
        csv.println();
    }

    /** A cell a spreadsheet will take as text, never as a formula to run. */
    static String neutralised(String cell) {
        return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }

    static String shown(long count) {
        return count < THRESHOLD ? SUPPRESSED : Long.toString(count);
    }

    public static String fileName(String seriesSlug, LocalDate from, LocalDate to) {
        return (seriesSlug + "-" + from + "-to-" + to + ".csv").toLowerCase(Locale.ROOT);
    }
}
