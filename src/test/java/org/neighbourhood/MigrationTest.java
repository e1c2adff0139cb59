package org.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * The one set of migrations builds the same schema on an empty H2 and on an empty MariaDB. The MariaDB half
 * needs a server on 127.0.0.1:3306 (root, no password, or TEST_DATABASE_* settings) and is skipped, saying
 * so, where there is none; CI always starts one.
 */
class MigrationTest {

    private static final List<String> TABLES = List.of("neighbourhood", "neighbourhood_link", "postcode_coverage",
            "neighbourhood_text", "officer", "officer_text", "officer_neighbourhood", "officer_language", "officer_photo",
            "mail_outbox",
            "mail_attempt");

    @Test
    void migrations_build_the_schema_on_an_empty_h2() throws SQLException {
        var url = "jdbc:h2:mem:migration-test;MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
        migrateTwice(url, "sa", "");
        try (var connection = DriverManager.getConnection(url, "sa", "")) {
            assertThat(tables(connection, null)).containsAll(TABLES);
        }
    }

    @Test
    void migrations_build_the_schema_on_an_empty_mariadb() throws SQLException {
        var server = env("TEST_DATABASE_SERVER_URL", "jdbc:mariadb://127.0.0.1:3306/");
        var user = env("TEST_DATABASE_USER", "root");
        var password = env("TEST_DATABASE_PASSWORD", "");
        assumeTrue(reachable(server, user, password),
                "MariaDB is not reachable at " + server + ": skipped here, CI starts one and runs it");
        try (var connection = DriverManager.getConnection(server, user, password);
                var statement = connection.createStatement()) {
            statement.execute("drop database if exists neighbourhood_migration_test");
            statement.execute("create database neighbourhood_migration_test character set utf8mb4");
        }
        var url = server + "neighbourhood_migration_test";
        migrateTwice(url, user, password);
        try (var connection = DriverManager.getConnection(url, user, password)) {
            assertThat(tables(connection, "neighbourhood_migration_test")).containsAll(TABLES);
        }
    }

    private static void migrateTwice(String url, String user, String password) {
        var flyway = Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load();
        var first = flyway.migrate();
        assertThat(first.success).isTrue();
        assertThat(first.migrationsExecuted).isPositive();
        assertThat(flyway.migrate().migrationsExecuted).as("a second run finds nothing to do").isZero();
    }

    private static List<String> tables(Connection connection, String catalog) throws SQLException {
        var names = new ArrayList<String>();
        try (var rs = connection.getMetaData().getTables(catalog, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static boolean reachable(String url, String user, String password) {
        DriverManager.setLoginTimeout(3);
        try (var ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
