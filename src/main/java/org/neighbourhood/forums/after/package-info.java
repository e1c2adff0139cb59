/**
 * After a session: the actions that answer what was raised ("you said, we did") and the feedback of the people
 * who had a place.
 */
@NullMarked
package org.neighbourhood.forums.after;

import org.jspecify.annotations.NullMarked;
