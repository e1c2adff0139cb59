/**
 * The agenda a session's attendees shape together: topics they propose and support, and the order the chairs
 * put them in before publishing it.
 */
@NullMarked
package org.neighbourhood.forums.agenda;

import org.jspecify.annotations.NullMarked;
