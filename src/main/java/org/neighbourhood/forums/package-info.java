/**
 * Community forums, in parts that build on one another one way: {@code series} (series and sessions, and {@link
 * org.neighbourhood.forums.series.SeriesGuard}, the one way any back office reaches them), {@code signup} (sign-ups,
 * emailed links, places, attendance, reminders, retention), {@code agenda}, {@code after} (actions and feedback) and
 * {@code report}. This package puts them together for the public pages and the demo; no part depends on it.
 */
@NullMarked
package org.neighbourhood.forums;

import org.jspecify.annotations.NullMarked;
