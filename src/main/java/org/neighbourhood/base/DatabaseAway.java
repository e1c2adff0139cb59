package org.neighbourhood.base;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Tells a failure because the database cannot be reached — restarting, its network gone, the pool out of
 * connections — from any other, so that pages say "back in a moment" with 503 and {@code Retry-After} instead
 * of a 500, and forms keep what was typed. Nothing needs restarting when it returns: the connection pool
 * reconnects by itself.
 */
public final class DatabaseAway {

    /** How long to tell clients to wait before trying again. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(30);

    /** SQLState class 08: connection exception (SQL standard), what drivers report for a server gone away. */
    private static final String CONNECTION_EXCEPTION = "08";

    private DatabaseAway() {
    }

    /** Whether the database's absence is what caused this, anywhere down the chain of causes. */
    public static boolean isCause(Throwable failure) {
        // Bounded: a chain of causes can, in principle, loop back on itself.
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 50; depth++, cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException
                    || cause instanceof CannotCreateTransactionException
                    || cause instanceof SQLTransientConnectionException
                    || cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }
}
