package org.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The one set of migrations builds the same schema on an empty H2 and on an empty MariaDB (see
 * {@link MigrationDatabases} for when the MariaDB half is skipped), and a second run finds nothing to do.
 */
class MigrationTest {

    private static final List<String> TABLES = List.of("neighbourhood", "neighbourhood_link", "postcode_coverage",
            "neighbourhood_text", "officer", "officer_text", "officer_neighbourhood", "officer_language", "officer_photo",
            "mail_outbox",
            "mail_attempt");

    @ParameterizedTest
    @EnumSource
    void migrations_build_the_schema_on_an_empty_database_and_find_nothing_to_do_the_second_time(
            MigrationDatabases database) throws SQLException {
        database.prove("neighbourhood_migration_test", MigrationTest::migrateTwice);
    }

    private static void migrateTwice(MigrationDatabases.Database database) throws SQLException {
        var flyway = database.flyway().load();
        var first = flyway.migrate();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isPositive();
        assertThat(flyway.migrate().migrationsExecuted).as("a second run finds nothing to do").isZero();
        try (var connection = database.connect()) {
            assertThat(tables(connection, connection.getCatalog())).containsAll(TABLES);
        }
    }

    private static List<String> tables(Connection connection, @Nullable String catalog) throws SQLException {
        var names = new ArrayList<String>();
        try (var rs = connection.getMetaData().getTables(catalog, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }
}
