/** News posts from neighbourhood teams, written in Markdown with an optional picture; their publication. */
@NullMarked
package org.neighbourhood.updates;

import org.jspecify.annotations.NullMarked;
