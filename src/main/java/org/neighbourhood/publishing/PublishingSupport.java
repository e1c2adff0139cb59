package org.neighbourhood.publishing;

import java.time.Clock;

import jakarta.validation.Validator;

import org.neighbourhood.base.ContentLanguages;
import org.neighbourhood.security.AuditLog;
import org.neighbourhood.security.Permissions;
import org.springframework.stereotype.Component;

/** What every publishing service needs from around it, handed over as one so that each states only its own. */
@Component
public final class PublishingSupport {

    final Permissions permissions;
    final AuditLog audit;
    final Validator validator;
    final Clock clock;
    final ContentLanguages languages;

    PublishingSupport(Permissions permissions, AuditLog audit, Validator validator, Clock clock,
            ContentLanguages languages) {
        this.permissions = permissions;
        this.audit = audit;
        this.validator = validator;
        this.clock = clock;
        this.languages = languages;
    }
}
