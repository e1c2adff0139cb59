/** Officers of the neighbourhood teams: profiles, ranks, languages and photos. */
@NullMarked
package org.neighbourhood.officers;

import org.jspecify.annotations.NullMarked;
