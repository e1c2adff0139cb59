/** Officer cards, the public officer profile and the officer photos served to browsers. */
@NullMarked
package org.neighbourhood.officers.ui;

import org.jspecify.annotations.NullMarked;
