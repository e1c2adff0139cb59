/** The back-office editor scaffold of team items: list, form with one section per content language, preview. */
@NullMarked
package org.neighbourhood.publishing.ui;

import org.jspecify.annotations.NullMarked;
