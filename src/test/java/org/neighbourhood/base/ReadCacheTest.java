package org.neighbourhood.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.neighbourhood.security.AuditLog;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What public pages read is kept until a write commits, read in a read-only transaction, and never half-written. */
@SpringBootTest
class ReadCacheTest {

    @Autowired
    ContentChanges changes;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    AuditLog audit;

    @Test
    void a_value_is_read_once_until_a_write_commits_then_read_again() {
        var cache = new ReadCache<String, String>(changes, transactions, 10);
        var reads = new AtomicInteger();
        long before = changes.generation();

        assertThat(cache.get("riverside", key -> key + " " + reads.incrementAndGet())).isEqualTo("riverside 1");
        var again = cache.get("riverside", key -> key + " " + reads.incrementAndGet());
        var other = cache.get("castle", key -> key + " " + reads.incrementAndGet());
        // The portal's own jobs (the outbox, reminders) may commit meanwhile, which rightly reads again.
        assumeThat(changes.generation()).as("nothing else committed meanwhile").isEqualTo(before);
        assertThat(again).isEqualTo("riverside 1");
        assertThat(other).isEqualTo("castle 2");

        audit.record("test.changed", "test", "read-cache", null);

        assertThat(cache.get("riverside", key -> key + " " + reads.incrementAndGet())).isEqualTo("riverside 3");
    }

    @Test
    void a_value_is_read_in_a_read_only_transaction() {
        var cache = new ReadCache<String, Boolean>(changes, transactions, 10);

        assertThat(cache.get("read-only", key -> TransactionSynchronizationManager.isActualTransactionActive()
                && TransactionSynchronizationManager.isCurrentTransactionReadOnly())).isTrue();
    }

    @Test
    void inside_a_transaction_that_may_write_values_are_read_there_and_not_kept() {
        var cache = new ReadCache<String, Integer>(changes, transactions, 10);
        var reads = new AtomicInteger();

        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            assertThat(cache.get("riverside", key -> reads.incrementAndGet())).isEqualTo(1);
            assertThat(cache.get("riverside", key -> reads.incrementAndGet())).isEqualTo(2);
            status.setRollbackOnly();
        });

        assertThat(cache.get("riverside", key -> reads.incrementAndGet())).isEqualTo(3);
    }
}
