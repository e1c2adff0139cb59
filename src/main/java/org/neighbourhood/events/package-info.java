/** Events run by neighbourhood teams: meetings, street surgeries, school visits; their publication and calendar files. */
@NullMarked
package org.neighbourhood.events;

import org.jspecify.annotations.NullMarked;
