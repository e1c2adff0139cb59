/** Local policing priorities: what residents said and what the team did about it, with their publication lifecycle. */
@NullMarked
package org.neighbourhood.priorities;

import org.jspecify.annotations.NullMarked;
