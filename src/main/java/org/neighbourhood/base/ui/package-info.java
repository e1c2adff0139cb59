/** The public chrome shared by every page: app shell, layout, language switch, page metadata in the first HTML, error pages. */
@NullMarked
package org.neighbourhood.base.ui;

import org.jspecify.annotations.NullMarked;
