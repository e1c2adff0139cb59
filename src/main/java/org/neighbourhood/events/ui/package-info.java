/** Public event listings and pages, the calendar download and the back-office event editor. */
@NullMarked
package org.neighbourhood.events.ui;

import org.jspecify.annotations.NullMarked;
