/**
 * Community forums: series and their sessions, sign-ups by emailed link with a waiting list, listening
 * circles, attendance, reminders and erasure after the retention period, and {@link SeriesGuard}, the one way
 * the back office reaches a series or session. The agenda, what follows a session and the board's report live
 * in the sub-packages of the same names.
 */
@NullMarked
package org.neighbourhood.forums;

import org.jspecify.annotations.NullMarked;
