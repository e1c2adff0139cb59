/** Pieces every feature shares that know nothing of Vaadin: languages, the force's brand, slugs. */
@NullMarked
package org.neighbourhood.base;

import org.jspecify.annotations.NullMarked;
