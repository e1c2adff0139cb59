/**
 * Forum series and their sessions: what they say, when and where they meet, who facilitates them. {@link
 * SeriesGuard} is the one way the back office of every part of the forums reaches a series or session, and
 * {@link SeriesCatalog} what the public pages and the sign-up flows read; both hand out snapshots, never the
 * entities.
 */
@NullMarked
package org.neighbourhood.forums.series;

import org.jspecify.annotations.NullMarked;
