package org.neighbourhood.forums.signup;

/** What an emailed link may do; a link does only the one thing it was made for. */
enum LinkPurpose {
    /** Confirms a sign-up (double opt-in); used once. */
    CONFIRM,
    /** Shows, changes or cancels a registration, proposes and supports topics; until it expires. */
    MANAGE
}
