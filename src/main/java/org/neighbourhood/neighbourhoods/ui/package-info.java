/** The home page with the postcode search and the public neighbourhood page. */
@NullMarked
package org.neighbourhood.neighbourhoods.ui;

import org.jspecify.annotations.NullMarked;
