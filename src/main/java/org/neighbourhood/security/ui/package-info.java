/** Sign-in page and the web security configuration. */
@NullMarked
package org.neighbourhood.security.ui;

import org.jspecify.annotations.NullMarked;
