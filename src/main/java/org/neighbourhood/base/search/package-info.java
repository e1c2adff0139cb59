/**
 * What the full-text index is made of, shared by every feature whose public pages can be found: the analyzers
 * (one name each, in {@link org.neighbourhood.base.search.SearchAnalyzers}), the one document shape every
 * indexed entity fills ({@link org.neighbourhood.base.search.SearchEntry}) and the binder that writes it. Queries
 * live in the search feature.
 */
@NullMarked
package org.neighbourhood.base.search;

import org.jspecify.annotations.NullMarked;
