/**
 * Finding anything public on the portal: the queries, in one place ({@link org.neighbourhood.search.SearchService}),
 * and the index's upkeep ({@link org.neighbourhood.search.SearchIndex}). What is indexed, and how, is in
 * {@code base.search}, which every feature with public pages uses.
 */
@NullMarked
package org.neighbourhood.search;

import org.jspecify.annotations.NullMarked;
