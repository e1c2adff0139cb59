package org.neighbourhood;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The application's real connection pool, which a test can make fail as it does while the database server is
 * down: every new borrower gets what Hikari throws when it cannot connect, caused by what the MariaDB driver
 * reports for a refused connection. Everything above it — Hibernate, Spring's transactions and their
 * exception translation — is the real thing. Wrapped around the pool in every test context, inert until a
 * test calls {@link #takeAway()}; such a test calls {@link #bringBack()} in a {@code finally}.
 */
public final class SwitchableDataSource extends DelegatingDataSource implements AutoCloseable {

    private volatile boolean away;

    SwitchableDataSource(DataSource pool) {
        super(pool);
    }

    public void takeAway() {
        away = true;
    }

    public void bringBack() {
        away = false;
    }

    @Override
    public Connection getConnection() throws SQLException {
        failWhileAway();
        return super.getConnection();
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        failWhileAway();
        return super.getConnection(username, password);
    }

    private void failWhileAway() throws SQLException {
        if (away) {
            throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"
                    + " after 5000ms (the test took the database away)", "08000",
                    new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1. Connection refused",
                            "08000"));
        }
    }

    /** Closes the pool when the context closes, as it would have been without this wrapper. */
    @Override
    public void close() throws Exception {
        if (obtainTargetDataSource() instanceof AutoCloseable pool) {
            pool.close();
        }
    }
}
