/**
 * Sign-ups without an account: the form, the emailed links (kept only as hashes), places and the waiting list,
 * listening circle approval, attendance, reminders and erasure after the retention period. Residents act through
 * {@link SignUpService}, the back office through {@link RegistrationAdminService}.
 */
@NullMarked
package org.neighbourhood.forums.signup;

import org.jspecify.annotations.NullMarked;
