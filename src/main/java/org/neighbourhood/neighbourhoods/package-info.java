/** Neighbourhoods, their postcode coverage and boundaries, and finding one from a postcode or a location. */
@NullMarked
package org.neighbourhood.neighbourhoods;

import org.jspecify.annotations.NullMarked;
