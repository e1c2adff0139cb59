/** The public search page, {@code /search}. */
@NullMarked
package org.neighbourhood.search.ui;

import org.jspecify.annotations.NullMarked;
