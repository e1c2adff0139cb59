package org.neighbourhood.forums.signup;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.neighbourhood.base.LinkTokens;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.signup.SignUpService.LinkState;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The emailed links: made for one purpose, kept only as the hash of their token, until they expire or are used. */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Links {

    static final Duration CONFIRM_LINK_LIFETIME = Duration.ofDays(3);
    /** Manage links work until a month after the session, for feedback and the actions that follow. */
    static final Duration MANAGE_LINK_AFTER_SESSION = Duration.ofDays(30);

    private final RegistrationLinkRepository links;
    private final Clock clock;

    Links(RegistrationLinkRepository links, Clock clock) {
        this.links = links;
        this.clock = clock;
    }

    /** A new link for the person; only its hash is kept. The raw token goes into one email and nowhere else. */
    String mint(Registration person, LinkPurpose purpose, Instant expiresAt) {
        var token = LinkTokens.newToken();
        links.save(new RegistrationLink(person.getId(), purpose, LinkTokens.hash(token), expiresAt, now()));
        return token;
    }

    String manage(Registration person, SessionFacts session) {
        return mint(person, LinkPurpose.MANAGE, session.endsAt().plus(MANAGE_LINK_AFTER_SESSION));
    }

    String confirm(Registration person) {
        return mint(person, LinkPurpose.CONFIRM, now().plus(CONFIRM_LINK_LIFETIME));
    }

    /** A link of any purpose, working or not. */
    Optional<RegistrationLink> find(String token) {
        return links.findByTokenHash(LinkTokens.hash(token));
    }

    Optional<RegistrationLink> find(String token, LinkPurpose purpose) {
        return find(token).filter(l -> l.getPurpose() == purpose);
    }

    /** A manage link that still works. */
    Optional<RegistrationLink> workingManage(String token) {
        return find(token, LinkPurpose.MANAGE).filter(l -> l.isUsableAt(now()));
    }

    LinkState state(RegistrationLink link) {
        return link.isUsableAt(now()) ? LinkState.VALID : link.isUsed() ? LinkState.USED : LinkState.EXPIRED;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
