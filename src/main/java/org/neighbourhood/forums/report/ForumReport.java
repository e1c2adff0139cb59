package org.neighbourhood.forums.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.TimeRanges;
import org.neighbourhood.base.Zones;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.forums.signup.RegistrationAdminService.RegistrationRow;
import org.neighbourhood.forums.signup.RegistrationStatus;
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

    private final SeriesAdminService series;
    private final RegistrationAdminService registrations;
    private final AgendaService agenda;
    private final AfterSessionService after;
    private final AuditLog audit;
    private final ContentLanguages languages;

    ForumReport(SeriesAdminService series, RegistrationAdminService registrations, AgendaService agenda,
            AfterSessionService after, AuditLog audit, ContentLanguages languages) {
        this.languages = languages;
        this.series = series;
        this.registrations = registrations;
        this.agenda = agenda;
        this.after = after;
        this.audit = audit;
    }

    /** Sessions starting on {@code from} to {@code to} inclusive, London days. */
    @Transactional
    public String csv(long seriesId, LocalDate from, LocalDate to) {
        var forum = series.series(seriesId);
        var start = from.atStartOfDay(Zones.LONDON).toInstant();
        var end = to.plusDays(1).atStartOfDay(Zones.LONDON).toInstant();
        var list = series.sessions(seriesId).stream()
                .filter(x -> !x.content().startsAt().isBefore(start) && x.content().startsAt().isBefore(end))
                .toList();
        var bySession = list.stream().collect(Collectors.toMap(SessionFacts::id, x -> registrations.registrations(x.id())));
        var first = languages.first().getLanguage();
        var out = new StringWriter();
        try (var csv = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER).get())) {
            for (var session : list) {
                var date = TimeRanges.isoDate(session.content().startsAt());
                // The board reads the report in the language every session is written in.
                var title = Objects.requireNonNullElse(session.content().text(first).title(), "");
                var mine = bySession.get(session.id());
                count(csv, date, title, "signed up", mine.stream().filter(r -> r.confirmedAt() != null).count());
                count(csv, date, title, "waiting list",
                        mine.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count());
                count(csv, date, title, "cancelled", mine.stream()
                        .filter(r -> r.status() == RegistrationStatus.CANCELLED && r.confirmedAt() != null).count());
                count(csv, date, title, "attended", mine.stream().filter(r -> Boolean.TRUE.equals(r.attended())).count());
                count(csv, date, title, "did not attend",
                        mine.stream().filter(r -> Boolean.FALSE.equals(r.attended())).count());
                // In the order they were raised, as the board reads them, not in the chairs' order.
                for (var topic : agenda.topics(session.id()).stream()
                        .sorted(Comparator.comparingLong(AgendaService.TopicRow::id)).toList()) {
                    record(csv, "topic", date, title, topic.title(), topic.status(), "", "",
                            shown(topic.supporters()));
                }
                for (var action : after.actions(session.id())) {
                    var c = action.content();
                    record(csv, "action", date, title, c.said() + " — " + c.did(), c.status(), c.owner(),
                            c.dueDate() == null ? "" : c.dueDate(), "");
                }
            }
            var communities = new TreeMap<String, Long>(String.CASE_INSENSITIVE_ORDER);
            // In the order people signed up, so that a community's name is written as it was first typed.
            bySession.values().stream().flatMap(List::stream).sorted(Comparator.comparingLong(RegistrationRow::id))
                    .filter(r -> r.confirmedAt() != null).forEach(r -> communities.merge(
                            r.organisation() == null ? NOT_GIVEN : r.organisation().strip(), 1L, Long::sum));
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
                forum.slug() + " " + from + " to " + to);
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
