/** Plain HTTP endpoints every feature shares, outside Vaadin: the sitemap and robots.txt, and the
 * answer any of them gives while the database is away. */
@NullMarked
package org.neighbourhood.base.web;

import org.jspecify.annotations.NullMarked;
