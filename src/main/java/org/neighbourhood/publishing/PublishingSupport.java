package org.neighbourhood.publishing;

import java.time.Clock;

import jakarta.validation.Validator;

import org.neighbourhood.base.ContentChanges;
import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.base.ReadCache;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.Permissions;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;

/** What every publishing service needs from around it, handed over as one so that each states only its own. */
@Component
public final class PublishingSupport {

    final Permissions permissions;
    final AuditLog audit;
    final Validator validator;
    final Clock clock;
    final ContentLanguages languages;
    private final ContentChanges changes;
    private final PlatformTransactionManager transactions;

    PublishingSupport(Permissions permissions, AuditLog audit, Validator validator, Clock clock,
            ContentLanguages languages, ContentChanges changes, PlatformTransactionManager transactions) {
        this.changes = changes;
        this.transactions = transactions;
        this.permissions = permissions;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.languages = languages;
    }

    /** A cache of what public pages read, kept until content changes. */
    public <K, V> ReadCache<K, V> readCache(long maximumSize) {
        return new ReadCache<>(changes, transactions, maximumSize);
    }
}
