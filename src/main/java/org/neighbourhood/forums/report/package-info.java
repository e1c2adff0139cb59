/** The report for the equality, diversity and inclusion board, built from what the other forum services show. */
@NullMarked
package org.neighbourhood.forums.report;

import org.jspecify.annotations.NullMarked;
