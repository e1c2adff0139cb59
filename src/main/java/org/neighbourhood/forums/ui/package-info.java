/** The public forum pages, the emailed-link pages residents use, and the facilitators' back office. */
@NullMarked
package org.neighbourhood.forums.ui;

import org.jspecify.annotations.NullMarked;
