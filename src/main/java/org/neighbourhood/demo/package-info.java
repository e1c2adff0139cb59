/** Fictional demo data loaded into an empty embedded database on first start. */
@NullMarked
package org.neighbourhood.demo;

import org.jspecify.annotations.NullMarked;
