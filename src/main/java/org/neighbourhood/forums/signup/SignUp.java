package org.neighbourhood.forums.signup;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.EmailAddresses;

/**
 * What a person types into the sign-up form. The honeypot is a field people never see; anything in it
 * means a robot filled the form.
 */
public record SignUp(String name, String email, @Nullable String organisation, @Nullable String accessibilityNeeds,
        boolean consent, @Nullable String honeypot) {

    public static final int NAME_MAX = 120;
    public static final int ORGANISATION_MAX = 200;
    public static final int NEEDS_MAX = 1000;

    public static SignUp empty() {
        return new SignUp("", "", null, null, false, null);
    }

    /** What is wrong, by field name, as message keys; empty when the form can be accepted. */
    public Map<String, String> problems() {
        var problems = new LinkedHashMap<String, String>();
        if (name.isBlank()) {
            problems.put("name", "forum.signup.name.required");
        } else if (name.strip().length() > NAME_MAX) {
            problems.put("name", "forum.signup.name.too-long");
        }
        var address = email.strip();
        if (address.isEmpty()) {
            problems.put("email", "forum.signup.email.required");
        } else if (!EmailAddresses.isValid(address)) {
            problems.put("email", "forum.signup.email.invalid");
        }
        if (organisation != null && organisation.strip().length() > ORGANISATION_MAX) {
            problems.put("organisation", "forum.signup.organisation.too-long");
        }
        if (accessibilityNeeds != null && accessibilityNeeds.strip().length() > NEEDS_MAX) {
            problems.put("accessibilityNeeds", "forum.signup.needs.too-long");
        }
        if (!consent) {
            problems.put("consent", "forum.signup.consent.required");
        }
        return problems;
    }
}
