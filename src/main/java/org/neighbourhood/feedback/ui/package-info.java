/** The team's feedback inbox in the back office: the list, one item's conversation, and the home page's count. */
@NullMarked
package org.neighbourhood.feedback.ui;

import org.jspecify.annotations.NullMarked;
