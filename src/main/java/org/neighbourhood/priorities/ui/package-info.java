/** "You said, we did" on neighbourhood pages, and the back-office editor of priorities. */
@NullMarked
package org.neighbourhood.priorities.ui;

import org.jspecify.annotations.NullMarked;
