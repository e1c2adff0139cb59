package org.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V15 moves neighbourhoods' descriptions and officers' role titles into their per-language tables and loses
 * nothing: on a copy of the demo data ({@code migration/demo-v11.sql}) brought to version 14, plus the hard cases
 * written here, every written description becomes the neighbourhood's {@code en} row, and every role title joins the
 * officer's {@code en} row, which is made where the officer had written no English story. Stories stay as they were.
 *
 * <p>H2 always runs. MariaDB needs a server on 127.0.0.1:3306 (root, no password, or TEST_DATABASE_* settings): with
 * {@code -Dtest.db=mariadb}, as CI runs the suite, an unreachable server fails the test; otherwise it is skipped,
 * saying so.
 */
class NeighbourhoodAndRoleTranslationMigrationTest {

    private static final String BEFORE_FIXTURE = "11";
    private static final String BEFORE_MIGRATION = "14";
    private static final String AFTER_MIGRATION = "15";
    private static final String UNICODE_AND_MARKUP = "Zażółć <b>gęślą</b> jaźń ’quotes’ 'x' “Croeso” 🚓";

    /** An officer's language row: the role title (only ever in English before V15) and the story. */
    private record Text(@Nullable String role, @Nullable String bio) {
    }

    @ParameterizedTest
    @EnumSource
    void descriptions_and_role_titles_move_into_the_language_rows_without_loss(MigrationDatabases database) throws SQLException {
        database.prove("neighbourhood_role_migration_test", NeighbourhoodAndRoleTranslationMigrationTest::prove);
    }

    private static void prove(MigrationDatabases.Database database) throws SQLException {
        database.migrateTo(BEFORE_FIXTURE);
        database.loadDemoAtVersion11();
        database.migrateTo(BEFORE_MIGRATION);

        Map<Long, @Nullable String> summaries;
        Map<Long, String> roles;
        Map<Long, Map<String, Text>> stories;
        try (var connection = database.connect()) {
            addHardCases(connection);
            summaries = summariesBefore(connection);
            roles = rolesBefore(connection);
            stories = officerTexts(connection, false);
        }
        theFixtureHasTheHardCases(summaries, roles, stories);

        database.migrateTo(AFTER_MIGRATION);

        try (var connection = database.connect()) {
            assertThat(count(connection, "neighbourhood")).isEqualTo(summaries.size());
            var expectedSummaries = new TreeMap<Long, Map<String, String>>();
            summaries.forEach((id, summary) -> {
                if (summary != null && !summary.isBlank()) {
                    expectedSummaries.put(id, Map.of("en", summary));
                }
            });
            assertThat(neighbourhoodTexts(connection)).as("neighbourhood_text").isEqualTo(expectedSummaries);

            assertThat(count(connection, "officer")).isEqualTo(roles.size());
            var expectedTexts = new TreeMap<Long, Map<String, Text>>();
            roles.forEach((id, role) -> {
                var rows = new TreeMap<String, Text>();
                stories.getOrDefault(id, Map.of()).forEach((language, text) -> rows.put(language,
                        new Text("en".equals(language) ? role : null, text.bio())));
                rows.putIfAbsent("en", new Text(role, null));
                expectedTexts.put(id, rows);
            });
            assertThat(officerTexts(connection, true)).as("officer_text").isEqualTo(expectedTexts);

            assertThat(columns(connection, "neighbourhood")).doesNotContain("summary");
            assertThat(columns(connection, "officer")).doesNotContain("role_title");
        }
    }

    /** What the demo lacks: descriptions missing, blank or full of hard characters, a role title likewise. */
    private static void addHardCases(Connection connection) throws SQLException {
        var neighbourhood = "insert into neighbourhood (id, slug, name, summary, version, created_at, updated_at)"
                + " values (?, ?, ?, ?, 0, '2026-12-01 09:00:00', '2026-12-01 09:00:00')";
        try (var insert = connection.prepareStatement(neighbourhood)) {
            Object[][] rows = {{901L, "fixture-no-summary", "No Summary", null},
                    {902L, "fixture-blank-summary", "Blank Summary", "   "},
                    {903L, "fixture-hard-summary", "Hard Summary", UNICODE_AND_MARKUP + "\nAil linell."}};
            for (var row : rows) {
                insert.setLong(1, (Long) row[0]);
                insert.setString(2, (String) row[1]);
                insert.setString(3, (String) row[2]);
                insert.setString(4, (String) row[3]);
                insert.executeUpdate();
            }
        }
        try (var update = connection.prepareStatement("update officer set role_title = ? where id = 903")) {
            update.setString(1, UNICODE_AND_MARKUP);
            assertThat(update.executeUpdate()).isOne();
        }
    }

    /** What the fixture must hold for this test to prove anything; kept true as the fixture changes. */
    private static void theFixtureHasTheHardCases(Map<Long, @Nullable String> summaries, Map<Long, String> roles,
            Map<Long, Map<String, Text>> stories) {
        assertThat(summaries.values()).as("a neighbourhood without a description").anyMatch(s -> s == null);
        assertThat(summaries.values()).as("a blank description").anyMatch(s -> s != null && s.isBlank());
        assertThat(summaries.values()).as("a description with markup, quotes and letters beyond Latin-1 and the BMP")
                .anyMatch(s -> s != null && s.contains(UNICODE_AND_MARKUP));
        assertThat(roles.values()).as("a role with hard characters").contains(UNICODE_AND_MARKUP);
        assertThat(roles.keySet()).as("an officer with no story at all").anyMatch(id -> !stories.containsKey(id));
        assertThat(roles.keySet()).as("an officer with a Polish story but no English one")
                .anyMatch(id -> stories.containsKey(id) && !stories.get(id).containsKey("en"));
        assertThat(stories.values()).as("an officer with an English story").anyMatch(rows -> rows.containsKey("en"));
    }

    private static Map<Long, @Nullable String> summariesBefore(Connection connection) throws SQLException {
        var summaries = new TreeMap<Long, @Nullable String>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select id, summary from neighbourhood")) {
            while (rs.next()) {
                summaries.put(rs.getLong("id"), rs.getString("summary"));
            }
        }
        return summaries;
    }

    private static Map<Long, String> rolesBefore(Connection connection) throws SQLException {
        var roles = new TreeMap<Long, String>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select id, role_title from officer")) {
            while (rs.next()) {
                roles.put(rs.getLong("id"), rs.getString("role_title"));
            }
        }
        return roles;
    }

    private static Map<Long, Map<String, String>> neighbourhoodTexts(Connection connection) throws SQLException {
        var texts = new TreeMap<Long, Map<String, String>>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select neighbourhood_id, language, summary from neighbourhood_text")) {
            while (rs.next()) {
                var rows = texts.computeIfAbsent(rs.getLong("neighbourhood_id"), id -> new TreeMap<>());
                assertThat(rows.put(rs.getString("language"), rs.getString("summary"))).as("one row per language")
                        .isNull();
            }
        }
        return texts;
    }

    private static Map<Long, Map<String, Text>> officerTexts(Connection connection, boolean withRole)
            throws SQLException {
        var texts = new TreeMap<Long, Map<String, Text>>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select officer_id, language, bio" + (withRole ? ", role_title" : "")
                        + " from officer_text")) {
            while (rs.next()) {
                var rows = texts.computeIfAbsent(rs.getLong("officer_id"), id -> new TreeMap<>());
                var text = new Text(withRole ? rs.getString("role_title") : null, rs.getString("bio"));
                assertThat(rows.put(rs.getString("language"), text)).as("one row per language").isNull();
            }
        }
        return texts;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select * from " + table + " where 1 = 0")) {
            var columns = new ArrayList<String>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            return columns;
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select count(*) from " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
