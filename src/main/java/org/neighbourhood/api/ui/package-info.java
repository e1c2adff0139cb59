/** The human page of the API: its addresses, an example of each and the licence. */
@NullMarked
package org.neighbourhood.api.ui;

import org.jspecify.annotations.NullMarked;
