/** Public update pages, the latest updates on home and neighbourhood pages, and the back-office update editor. */
@NullMarked
package org.neighbourhood.updates.ui;

import org.jspecify.annotations.NullMarked;
