/**
 * Feeds to subscribe to: calendars of public events and forum sessions, and Atom feeds of updates, per neighbourhood,
 * per forum series and for the whole force — only what the public may see, in the language asked for.
 */
@NullMarked
package org.neighbourhood.feeds;

import org.jspecify.annotations.NullMarked;
