/** Plain HTTP endpoints every feature shares, outside Vaadin: the sitemap and robots.txt, the limit on request
 * bodies, and the answer any of them gives while the database is away. */
@NullMarked
package org.neighbourhood.base.web;

import org.jspecify.annotations.NullMarked;
