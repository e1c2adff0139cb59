package org.neighbourhood;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The databases a migration test proves itself on, each empty and dropped when the test is over: H2 (in MariaDB
 * mode, as the portal runs it) and MariaDB. A test takes them as a parameter:
 * {@code @ParameterizedTest @EnumSource void x(MigrationDatabases database)}. MariaDB needs a server on 127.0.0.1:3306 (root, no password, or
 * TEST_DATABASE_* settings): with {@code -Dtest.db=mariadb}, as CI runs the suite, an unreachable server fails the
 * test; otherwise it is skipped, saying so.
 */
public enum MigrationDatabases {

    H2 {
        @Override
        public void prove(String name, Proof proof) throws SQLException {
            onH2(name, proof);
        }
    },
    MARIADB {
        @Override
        public void prove(String name, Proof proof) throws SQLException {
            onMariaDb(name, proof);
        }
    };

    /**
     * Proves it on an empty database of this kind.
     *
     * @param name the database's name, letters, digits and underscores
     */
    public abstract void prove(String name, Proof proof) throws SQLException;

    /** What a migration test proves on one database. */
    @FunctionalInterface
    public interface Proof {
        void on(Database database) throws SQLException;
    }

    /** One empty database. */
    public record Database(String url, String user, String password) {

        /** Flyway with the portal's migrations, to run them all or up to a version. */
        public FluentConfiguration flyway() {
            return Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration");
        }

        /** Migrates up to that version, or throws. */
        public void migrateTo(String version) {
            var result = flyway().target(version).load().migrate();
            if (!version.equals(result.targetSchemaVersion)) {
                throw new IllegalStateException("migrated to " + result.targetSchemaVersion + ", not " + version);
            }
        }

        /** The demo data as it stood at version 11, which the translation migrations move. */
        public void loadDemoAtVersion11() throws SQLException {
            try (var connection = connect()) {
                ScriptUtils.executeSqlScript(connection,
                        new EncodedResource(new ClassPathResource("migration/demo-v11.sql"), StandardCharsets.UTF_8));
            }
        }

        public Connection connect() throws SQLException {
            return DriverManager.getConnection(url, user, password);
        }
    }

    private static void onH2(String name, Proof proof) throws SQLException {
        var database = new Database("jdbc:h2:mem:" + name + "-" + System.nanoTime()
                + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            proof.on(database);
        } finally {
            try (var connection = database.connect(); var statement = connection.createStatement()) {
                statement.execute("shutdown");
            }
        }
    }

    private static void onMariaDb(String schema, Proof proof) throws SQLException {
        var server = env("TEST_DATABASE_SERVER_URL", "jdbc:mariadb://127.0.0.1:3306/");
        var user = env("TEST_DATABASE_USER", "root");
        var password = env("TEST_DATABASE_PASSWORD", "");
        if (!reachable(server, user, password)) {
            if ("mariadb".equalsIgnoreCase(System.getProperty("test.db"))) {
                fail("The tests run on MariaDB (test.db=mariadb), but none is reachable at " + server);
            }
            assumeTrue(false, "MariaDB is not reachable at " + server
                    + ": skipped here; -Dtest.db=mariadb, as on CI, requires it");
        }
        execute(server, user, password, "drop database if exists " + schema,
                "create database " + schema + " character set utf8mb4");
        try {
            proof.on(new Database(server + schema, user, password));
        } finally {
            execute(server, user, password, "drop database if exists " + schema);
        }
    }

    private static void execute(String url, String user, String password, String... statements) throws SQLException {
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            for (var sql : statements) {
                statement.execute(sql);
            }
        }
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
