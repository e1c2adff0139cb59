/**
 * Open data: the data.police.uk neighbourhood API, served from this portal's public content so that the clients
 * written for it work unchanged, and the portal's own additions under {@code /api/v1}. Responses are built from
 * read models kept in memory until content changes.
 */
@NullMarked
package org.neighbourhood.api;

import org.jspecify.annotations.NullMarked;
