package org.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The migrations that move content into one table per content type keyed by language (V12 priorities, events and
 * updates, V13 officers, V14 forums) lose nothing: on a copy of the demo data as it stood at version 11
 * ({@code migration/demo-v11.sql}), every English text becomes the item's {@code en} row and every Polish text the
 * {@code pl} row, on H2 and on MariaDB. A Polish row is made wherever any Polish field was written, and then holds
 * every Polish field as it was typed (blank ones too); an officer's story is optional, so only a written one makes
 * a row in either language.
 *
 * <p>H2 always runs. MariaDB needs a server on 127.0.0.1:3306 (root, no password, or TEST_DATABASE_* settings): with
 * {@code -Dtest.db=mariadb}, as CI runs the suite, an unreachable server fails the test; otherwise it is skipped,
 * saying so.
 */
class ContentTranslationMigrationTest {

    private static final String BEFORE_TRANSLATIONS = "11";
    /** The last migration this test covers: V15 adds the role titles, NeighbourhoodAndRoleTranslationMigrationTest's. */
    private static final String AFTER_TRANSLATIONS = "14";
    /** The forums' migration, merged from another branch; until it is applied their texts stay where they were. */
    private static final String UNICODE_AND_MARKUP = "Zażółć <b>gęślą</b> jaźń ’quotes’ 'x'";
    private static final Set<String> LANGUAGES = Set.of("en", "pl");

    /** One translatable field: where its English and Polish texts were, and the column both move into. */
    private record Field(String column, String english, String polish) {
    }

    /** A content type: its table, its translation table with the column naming the item, and its fields. */
    private record Content(String table, String textTable, String itemColumn, boolean onlyWrittenEnglish,
            List<Field> fields) {

        static Content of(String table, String textTable, String itemColumn, Field... fields) {
            return new Content(table, textTable, itemColumn, false, List.of(fields));
        }

        Stream<String> oldColumns() {
            return fields.stream().flatMap(field -> Stream.of(field.english(), field.polish()));
        }
    }

    private static final List<Content> CONTENT = List.of(
            Content.of("priority", "priority_text", "priority_id",
                    new Field("issue", "issue", "issue_pl"), new Field("action_text", "action_text", "action_pl")),
            Content.of("event", "event_text", "event_id",
                    new Field("title", "title", "title_pl"), new Field("description", "description", "description_pl")),
            Content.of("team_update", "team_update_text", "update_id",
                    new Field("title", "title", "title_pl"),
                    new Field("body_markdown", "body_markdown", "body_markdown_pl")),
            new Content("officer", "officer_text", "officer_id", true, List.of(new Field("bio", "bio", "bio_pl"))));

    private static final List<Content> FORUMS = List.of(
            Content.of("forum_series", "forum_series_text", "series_id",
                    new Field("name", "name", "name_pl"), new Field("summary", "summary", "summary_pl"),
                    new Field("description", "description", "description_pl"),
                    new Field("cadence", "cadence", "cadence_pl")),
            Content.of("forum_session", "forum_session_text", "session_id",
                    new Field("title", "title", "title_pl"), new Field("description", "description", "description_pl")));

    /** An item's texts: language, then field, then the text (null where none was written). */
    private record Texts(Map<String, Map<String, @Nullable String>> byLanguage) {
    }

    @ParameterizedTest
    @EnumSource
    void english_and_polish_texts_move_into_the_language_rows_without_loss(MigrationDatabases database) throws SQLException {
        database.prove("neighbourhood_translation_migration_test", ContentTranslationMigrationTest::prove);
    }

    private static void prove(MigrationDatabases.Database database) throws SQLException {
        database.migrateTo(BEFORE_TRANSLATIONS);
        database.loadDemoAtVersion11();
        var all = Stream.concat(CONTENT.stream(), FORUMS.stream()).toList();
        var before = new LinkedHashMap<Content, Map<Long, Texts>>();
        try (var connection = database.connect()) {
            for (var content : all) {
                before.put(content, recordBefore(connection, content));
            }
        }
        theFixtureHasTheHardCases(before);

        database.migrateTo(AFTER_TRANSLATIONS);

        try (var connection = database.connect()) {
            for (var content : all) {
                var items = before.get(content);
                assertThat(count(connection, content.table())).as("rows in %s", content.table())
                        .isEqualTo(items.size());
                assertMoved(connection, content, items);
            }
        }
    }

    /** What the fixture must hold for this test to prove anything; kept true as the fixture changes. */
    private static void theFixtureHasTheHardCases(Map<Content, Map<Long, Texts>> before) {
        for (var content : before.keySet()) {
            var items = before.get(content).values();
            assertThat(items).as("%s items with Polish text", content.table()).anyMatch(item -> written(item, "pl"));
            assertThat(items).as("%s items without Polish text", content.table())
                    .anyMatch(item -> !written(item, "pl"));
            assertThat(items).as("%s items with a blank Polish text", content.table())
                    .anyMatch(item -> item.byLanguage().get("pl").values().stream()
                            .anyMatch(text -> text != null && text.isBlank()));
            assertThat(items).as("%s items with markup, quotes and letters beyond Latin-1", content.table())
                    .anyMatch(item -> item.byLanguage().values().stream().anyMatch(texts -> texts.values().stream()
                            .anyMatch(text -> text != null && text.contains(UNICODE_AND_MARKUP))));
        }
        assertThat(before.values()).as("a text with a character outside the Basic Multilingual Plane")
                .anyMatch(items -> items.values().stream().anyMatch(item -> item.byLanguage().values().stream()
                        .anyMatch(texts -> texts.values().stream()
                                .anyMatch(text -> text != null && text.codePoints().anyMatch(c -> c > 0xFFFF)))));
        var events = before.get(CONTENT.get(1)).values();
        assertThat(events).as("an event with a Polish description but no Polish title").anyMatch(event ->
                event.byLanguage().get("pl").get("title") == null && written(event.byLanguage().get("pl")
                        .get("description")));
        var officers = before.get(CONTENT.get(3)).values();
        assertThat(officers).as("an officer with no English story").anyMatch(officer -> !written(officer, "en"));
    }

    private static void assertMoved(Connection connection, Content content, Map<Long, Texts> items)
            throws SQLException {
        var expected = new TreeMap<Long, Texts>();
        items.forEach((id, texts) -> {
            var rows = new TreeMap<String, Map<String, @Nullable String>>();
            if (!content.onlyWrittenEnglish() || written(texts, "en")) {
                rows.put("en", texts.byLanguage().get("en"));
            }
            if (written(texts, "pl")) {
                rows.put("pl", texts.byLanguage().get("pl"));
            }
            expected.put(id, new Texts(rows));
        });
        var moved = recordAfter(connection, content);
        var languages = new TreeSet<String>();
        moved.values().forEach(texts -> languages.addAll(texts.byLanguage().keySet()));

        assertThat(languages).as("languages in %s", content.textTable()).isSubsetOf(LANGUAGES);
        for (var id : expected.keySet()) {
            assertThat(moved.getOrDefault(id, new Texts(Map.of()))).as("%s of %s %d", content.textTable(),
                    content.table(), id).isEqualTo(expected.get(id));
        }
        assertThat(moved.keySet()).as("items in %s", content.textTable()).isSubsetOf(expected.keySet());
        if (!content.onlyWrittenEnglish()) {
            assertThat(count(connection, content.textTable() + " where language = 'en'"))
                    .as("an English row for each item of %s", content.table()).isEqualTo(items.size());
        }
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select * from " + content.table() + " where 1 = 0")) {
            var columns = new ArrayList<String>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                columns.add(rs.getMetaData().getColumnName(i).toLowerCase(Locale.ROOT));
            }
            assertThat(columns).as("columns left in %s", content.table())
                    .doesNotContainAnyElementsOf(content.oldColumns().toList());
        }
    }

    /** Each item's English and Polish texts in the columns they had up to version 11. */
    private static Map<Long, Texts> recordBefore(Connection connection, Content content) throws SQLException {
        var columns = String.join(", ", content.oldColumns().toList());
        var items = new TreeMap<Long, Texts>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select id, " + columns + " from " + content.table())) {
            while (rs.next()) {
                var english = new TreeMap<String, @Nullable String>();
                var polish = new TreeMap<String, @Nullable String>();
                for (var field : content.fields()) {
                    english.put(field.column(), rs.getString(field.english()));
                    polish.put(field.column(), rs.getString(field.polish()));
                }
                items.put(rs.getLong("id"), new Texts(new TreeMap<>(Map.of("en", english, "pl", polish))));
            }
        }
        return items;
    }

    /** Each item's rows in its translation table. */
    private static Map<Long, Texts> recordAfter(Connection connection, Content content) throws SQLException {
        var columns = String.join(", ", content.fields().stream().map(Field::column).toList());
        var items = new TreeMap<Long, Texts>();
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select " + content.itemColumn() + ", language, " + columns
                        + " from " + content.textTable())) {
            while (rs.next()) {
                var texts = new TreeMap<String, @Nullable String>();
                for (var field : content.fields()) {
                    texts.put(field.column(), rs.getString(field.column()));
                }
                var item = items.computeIfAbsent(rs.getLong(content.itemColumn()), id -> new Texts(new TreeMap<>()));
                assertThat(item.byLanguage().put(rs.getString("language"), texts)).as("one row per language")
                        .isNull();
            }
        }
        return items;
    }

    private static boolean written(Texts texts, String language) {
        var fields = texts.byLanguage().get(language);
        return fields != null && fields.values().stream().anyMatch(ContentTranslationMigrationTest::written);
    }

    private static boolean written(@Nullable String text) {
        return text != null && !text.isBlank();
    }

    private static long count(Connection connection, String from) throws SQLException {
        try (var statement = connection.createStatement();
                var rs = statement.executeQuery("select count(*) from " + from)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
