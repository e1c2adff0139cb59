/** The Neighbourhood portal: one package per feature, each with its views in {@code ui/}. */
@NullMarked
package org.neighbourhood;

import org.jspecify.annotations.NullMarked;
