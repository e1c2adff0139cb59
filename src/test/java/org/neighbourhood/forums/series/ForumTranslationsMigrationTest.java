package org.neighbourhood.forums.series;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.neighbourhood.MigrationDatabases;

/**
 * The migration that moves forum series and sessions into texts by language keeps every word written in English
 * and Polish, on H2 and on MariaDB, and drops the old columns. It runs on a copy of the demo forums as they were
 * stored before it. The MariaDB half needs a server on 127.0.0.1:3306 (root, no password, or TEST_DATABASE_*
 * settings) and is skipped, saying so, where there is none.
 */
class ForumTranslationsMigrationTest {

    /** The migration under test. */
    private static final MigrationVersion FORUM_TRANSLATIONS = MigrationVersion.fromVersion("14");

    @ParameterizedTest
    @EnumSource
    void the_forums_english_and_polish_texts_move_into_texts_by_language(MigrationDatabases database) throws SQLException {
        database.prove("neighbourhood_forum_translations_test", ForumTranslationsMigrationTest::migrateWithDemoForums);
    }

    private static void migrateWithDemoForums(MigrationDatabases.Database database) throws SQLException {
        var flyway = database.flyway();
        // Every migration before the one under test, whichever of them this build has.
        var before = Arrays.stream(flyway.load().info().all()).map(MigrationInfo::getVersion)
                .filter(version -> FORUM_TRANSLATIONS.isNewerThan(version.getVersion()))
                .max(Comparator.naturalOrder()).orElseThrow();
        flyway.target(before).load().migrate();
        try (var connection = database.connect()) {
            insertDemoForums(connection);
        }

        var result = flyway.target(MigrationVersion.LATEST).load().migrate();
        assertThat(result.success).isTrue();

        try (var connection = database.connect()) {
            assertThat(rows(connection, "select s.slug, t.language, t.name, t.summary, t.description, t.cadence "
                    + "from forum_series s join forum_series_text t on t.series_id = s.id order by s.slug, t.language"))
                    .containsExactly(
                            List.of("community-leaders-forum", "en", "Community leaders forum",
                                    "Faith and community leaders meet the police every two months.",
                                    "An opportunity for community leaders.\nThe agenda is set together.",
                                    "Every two months, in person and online"),
                            List.of("community-leaders-forum", "pl", "Forum liderów społeczności",
                                    "Liderzy spotykają się z policją co dwa miesiące.",
                                    "Okazja dla liderów społeczności.\nProgram ustalamy wspólnie.",
                                    "Co dwa miesiące, na miejscu i online"),
                            List.of("english-only-forum", "en", "English only forum", "Only in English.", "", ""),
                            List.of("womens-listening-circle", "en", "Women's listening circle",
                                    "A safe space for women.", "", "Monthly"),
                            // Polish was written for how often it meets only: kept, as it was typed.
                            List.of("womens-listening-circle", "pl", " ", "", "", "Co miesiąc"));
            assertThat(rows(connection, "select s.slug, t.language, t.title, t.description from forum_session s "
                    + "join forum_session_text t on t.session_id = s.id order by s.slug, t.language"))
                    .containsExactly(
                            List.of("2026-09-16", "en", "Community leaders forum", "Open to leaders of faith groups."),
                            List.of("2026-09-16", "pl", "Forum liderów społeczności", "Dla liderów wspólnot."),
                            List.of("2026-11-30", "en", "Community leaders forum (online)", ""));
            assertThat(columns(connection, "forum_series")).doesNotContain("name", "name_pl", "summary",
                    "summary_pl", "description", "description_pl", "cadence", "cadence_pl").contains("slug");
            assertThat(columns(connection, "forum_session")).doesNotContain("title", "title_pl", "description",
                    "description_pl").contains("capacity");
        }
    }

    /** The demo forums as the earlier schema kept them, English and Polish side by side. */
    private static void insertDemoForums(Connection connection) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    insert into forum_series (id, slug, name, name_pl, summary, summary_pl, description,
                        description_pl, cadence, cadence_pl, published, created_at, updated_at)
                    values (1, 'community-leaders-forum', 'Community leaders forum', 'Forum liderów społeczności',
                        'Faith and community leaders meet the police every two months.',
                        'Liderzy spotykają się z policją co dwa miesiące.',
                        'An opportunity for community leaders.\nThe agenda is set together.',
                        'Okazja dla liderów społeczności.\nProgram ustalamy wspólnie.',
                        'Every two months, in person and online', 'Co dwa miesiące, na miejscu i online', true,
                        '2026-11-01 10:00:00', '2026-11-01 10:00:00')""");
            statement.execute("""
                    insert into forum_series (id, slug, name, name_pl, summary, summary_pl, description,
                        description_pl, cadence, cadence_pl, published, created_at, updated_at)
                    values (2, 'womens-listening-circle', 'Women''s listening circle', ' ', 'A safe space for women.',
                        null, null, null, 'Monthly', 'Co miesiąc', true, '2026-11-01 10:00:00',
                        '2026-11-01 10:00:00')""");
            statement.execute("""
                    insert into forum_series (id, slug, name, name_pl, summary, summary_pl, description,
                        description_pl, cadence, cadence_pl, published, created_at, updated_at)
                    values (3, 'english-only-forum', 'English only forum', '', 'Only in English.', '', null, null,
                        null, null, false, '2026-11-01 10:00:00', '2026-11-01 10:00:00')""");
            statement.execute("""
                    insert into forum_session (id, series_id, slug, title, title_pl, description, description_pl,
                        session_format, venue_name, starts_at, ends_at, capacity, created_at, updated_at)
                    values (1, 1, '2026-09-16', 'Community leaders forum', 'Forum liderów społeczności',
                        'Open to leaders of faith groups.', 'Dla liderów wspólnot.', 'IN_PERSON',
                        'St Columba''s Church Hall', '2026-09-16 17:30:00', '2026-09-16 19:30:00', 13,
                        '2026-08-01 10:00:00', '2026-08-01 10:00:00')""");
            statement.execute("""
                    insert into forum_session (id, series_id, slug, title, title_pl, description, description_pl,
                        session_format, online_url, starts_at, ends_at, capacity, created_at, updated_at)
                    values (2, 1, '2026-11-30', 'Community leaders forum (online)', null, null, '  ', 'ONLINE',
                        'https://meet.example/northshire-leaders-forum', '2026-11-30 18:30:00',
                        '2026-11-30 20:30:00', 13, '2026-08-01 10:00:00', '2026-08-01 10:00:00')""");
        }
    }

    /** Each row's columns as text, an empty string for null. */
    private static List<List<String>> rows(Connection connection, String sql) throws SQLException {
        var rows = new ArrayList<List<String>>();
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                var row = new ArrayList<String>();
                for (int i = 1; i <= columns; i++) {
                    var value = result.getString(i);
                    row.add(value == null ? "" : value);
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        var names = new ArrayList<String>();
        try (var rs = connection.getMetaData().getColumns(connection.getCatalog(), null, table, "%")) {
            while (rs.next()) {
                names.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
