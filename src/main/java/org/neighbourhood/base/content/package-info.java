/**
 * Turning what editors write and upload into what the public sees: Markdown into safe HTML and plain summaries,
 * uploaded photos into clean re-encoded images, events into calendar files.
 */
@NullMarked
package org.neighbourhood.base.content;

import org.jspecify.annotations.NullMarked;
