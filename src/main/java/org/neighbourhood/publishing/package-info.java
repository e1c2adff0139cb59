/**
 * The publishing pipeline every team item shares (priorities, events, updates and anything later that is drafted,
 * previewed, scheduled, published, unpublished and audited): texts per content language, the lifecycle, the
 * permission check, optimistic locking, audit and history, written once. A content type states its fields, its
 * form and its public card; {@link org.neighbourhood.publishing.PublishingService} and
 * {@link org.neighbourhood.publishing.ui.ItemEditorView} do the rest.
 */
@NullMarked
package org.neighbourhood.publishing;

import org.jspecify.annotations.NullMarked;
