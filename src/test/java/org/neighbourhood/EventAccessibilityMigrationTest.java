package org.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V16 moves each event's accessibility notes into its text in the language they were written in, on H2 and on
 * MariaDB, losing none: on a copy of the demo data, every note ends up in the event's English text, or, for an
 * event with no English text, in the text of its first language by code; no other language gets a note.
 */
class EventAccessibilityMigrationTest {

    private static final String BEFORE = "15";
    private static final String AFTER = "16";
    private static final String HARD = "Rampa przy wejściu <b>nr 2</b>, pętla ’indukcyjna’ 'x' 🚓";

    @ParameterizedTest
    @EnumSource
    void notes_move_into_the_text_of_the_language_they_were_written_in_without_loss(MigrationDatabases database) throws SQLException {
        database.prove("neighbourhood_accessibility_migration_test", EventAccessibilityMigrationTest::prove);
    }

    private static void prove(MigrationDatabases.Database database) throws SQLException {
        database.migrateTo("11");
        database.loadDemoAtVersion11();
        database.migrateTo(BEFORE);
        Map<Long, @Nullable String> notes;
        Map<Long, String> firstLanguage;
        try (var connection = database.connect()) {
            // What the demo lacks: an event written only in Polish and Welsh, with notes full of hard characters,
            // and one without notes.
            var polishOnly = event(connection, "min");
            update(connection, "update event set accessibility_notes = null where id = " + event(connection, "max"));
            update(connection, "delete from event_text where event_id = " + polishOnly + " and language = 'en'");
            update(connection, "insert into event_text (event_id, language, title) values (" + polishOnly
                    + ", 'cy', 'Cyfarfod')");
            update(connection, "insert into event_text (event_id, language, title) select " + polishOnly
                    + ", 'pl', 'Spotkanie' from event where id = " + polishOnly + " and not exists (select 1 from"
                    + " event_text where event_id = " + polishOnly + " and language = 'pl')");
            try (var statement = connection.prepareStatement("update event set accessibility_notes = ? where id = ?")) {
                statement.setString(1, HARD);
                statement.setLong(2, polishOnly);
                statement.executeUpdate();
            }
            notes = notesBefore(connection);
            firstLanguage = firstLanguages(connection);
            assertThat(firstLanguage.get(polishOnly)).isEqualTo("cy");
        }
        assertThat(notes.values()).as("the fixture has written notes and events without any").contains(HARD, null);

        database.migrateTo(AFTER);

        try (var connection = database.connect()) {
            var expected = new TreeMap<String, String>();
            notes.forEach((event, note) -> {
                if (note != null) {
                    expected.put(event + "/" + firstLanguage.get(event), note);
                }
            });
            assertThat(notesAfter(connection)).isEqualTo(expected);
            try (var rs = connection.getMetaData().getColumns(null, null, "event", "accessibility_notes")) {
                assertThat(rs.next()).as("the event's own column is gone").isFalse();
            }
        }
    }

    /** The event with the least or the greatest id. */
    private static long event(Connection connection, String minOrMax) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select " + minOrMax + "(id) from event")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static Map<Long, @Nullable String> notesBefore(Connection connection) throws SQLException {
        var notes = new HashMap<Long, @Nullable String>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select id, accessibility_notes from event")) {
            while (rs.next()) {
                notes.put(rs.getLong(1), rs.getString(2));
            }
        }
        return notes;
    }

    /** Each event's English text if it has one, else its first language by code. */
    private static Map<Long, String> firstLanguages(Connection connection) throws SQLException {
        var languages = new HashMap<Long, String>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select event_id, language from event_text order by language")) {
            while (rs.next()) {
                var language = rs.getString(2);
                languages.merge(rs.getLong(1), language, (was, now) -> "en".equals(now) ? now : was);
            }
        }
        return languages;
    }

    /** Every note after the migration, by event and language, such as {@code 3/en}. */
    private static Map<String, String> notesAfter(Connection connection) throws SQLException {
        var notes = new TreeMap<String, String>();
        try (var statement = connection.createStatement(); var rs = statement.executeQuery(
                "select event_id, language, accessibility_notes from event_text where accessibility_notes is not null")) {
            while (rs.next()) {
                notes.put(rs.getLong(1) + "/" + rs.getString(2), rs.getString(3));
            }
        }
        return notes;
    }
}
