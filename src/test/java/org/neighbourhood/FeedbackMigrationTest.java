package org.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * V17 makes feedback's tables on H2 and on MariaDB alike: a reference is never given twice, a browser voices a
 * concern once a month in a neighbourhood, and removing a neighbourhood keeps its feedback (for the force's
 * figures) but drops its concern counts.
 */
class FeedbackMigrationTest {

    @ParameterizedTest
    @EnumSource
    void feedback_tables_keep_their_promises(MigrationDatabases database) throws SQLException {
        database.prove("neighbourhood_feedback_migration_test", FeedbackMigrationTest::prove);
    }

    private static void prove(MigrationDatabases.Database database) throws SQLException {
        database.migrateTo("17");
        try (var connection = database.connect()) {
            update(connection, "insert into neighbourhood (slug, name, created_at, updated_at) values ('riverside',"
                    + " 'Riverside', current_timestamp, current_timestamp)");
            long riverside = single(connection, "select id from neighbourhood where slug = 'riverside'");
            update(connection, feedback("RVS-7K3Q", riverside));
            assertThatThrownBy(() -> update(connection, feedback("RVS-7K3Q", riverside)))
                    .as("the same reference twice").isInstanceOf(SQLException.class);
            update(connection, concern(riverside, "2026-12"));
            assertThatThrownBy(() -> update(connection, concern(riverside, "2026-12")))
                    .as("the same browser twice in a month").isInstanceOf(SQLException.class);
            update(connection, concern(riverside, "2027-01"));

            update(connection, "delete from neighbourhood where id = " + riverside);
            assertThat(single(connection, "select count(*) from feedback where neighbourhood_id is null")).isOne();
            assertThat(single(connection, "select count(*) from feedback_concern")).isZero();
        }
    }

    private static String feedback(String reference, long neighbourhood) {
        return "insert into feedback (reference, neighbourhood_id, subject, message, locale, status, received_at,"
                + " due_at) values ('" + reference + "', " + neighbourhood + ", 'ASB', 'Noise', 'en', 'NEW',"
                + " current_timestamp, current_timestamp)";
    }

    private static String concern(long neighbourhood, String month) {
        return "insert into feedback_concern (neighbourhood_id, kind, voiced_month, voter_hash, voiced_at) values ("
                + neighbourhood + ", 'ASB', '" + month + "', 'abc', current_timestamp)";
    }

    private static void update(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.executeUpdate(sql);
        }
    }

    private static long single(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
