/**
 * Community forums: series and their sessions, sign-ups by emailed link with a waiting list, the
 * collaborative agenda, attendance and follow-up actions ("you said, we did"), listening circles, reminders
 * and the report for the equality, diversity and inclusion board.
 */
@NullMarked
package org.neighbourhood.forums;

import org.jspecify.annotations.NullMarked;
