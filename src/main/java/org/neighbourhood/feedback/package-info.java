/**
 * Feedback from residents and the team's inbox: what residents send (with a private link when they give an
 * email), the team's answers, notes and escalations, erasure after the retention period, and the figures the
 * inbox and the engagement dashboard show. Residents and the team act through {@link FeedbackService}, figures
 * come from {@link FeedbackFigures}; voiced concerns live in {@code feedback.concerns}.
 */
@NullMarked
package org.neighbourhood.feedback;

import org.jspecify.annotations.NullMarked;
