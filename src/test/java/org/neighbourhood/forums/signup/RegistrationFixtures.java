package org.neighbourhood.forums.signup;

import java.time.Instant;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Registrations stored as they are, and read as they are, for tests elsewhere in the forums. */
@Component
@Transactional
public class RegistrationFixtures {

    private final RegistrationRepository registrations;

    RegistrationFixtures(RegistrationRepository registrations) {
        this.registrations = registrations;
    }

    /** Someone who had a place and was recorded as not coming; their registration's id. */
    public long confirmedAbsent(long sessionId, String name, String email, Instant at) {
        var person = new Registration(sessionId, email, at);
        person.signUp(new SignUp(name, email, null, null, true, null), false, Locale.ENGLISH,
                SignUpService.CONSENT_VERSION, at);
        person.confirm(true, at);
        person.recordAttendance(false, at);
        return registrations.saveAndFlush(person).getId();
    }

    /** How many people with a place at the session have not been reminded yet. */
    public int notReminded(long sessionId) {
        return registrations.findBySessionIdAndStatusAndReminderSentAtIsNull(sessionId, RegistrationStatus.CONFIRMED)
                .size();
    }
}
