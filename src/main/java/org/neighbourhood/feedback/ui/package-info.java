/**
 * Feedback's pages: the public feedback form, the resident's private page behind their emailed link and the
 * neighbourhood page's invitation; and in the back office the team's inbox, one item's conversation and the home
 * page's count.
 */
@NullMarked
package org.neighbourhood.feedback.ui;

import org.jspecify.annotations.NullMarked;
