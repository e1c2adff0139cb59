/** Plain HTTP endpoints every feature shares, outside Vaadin: the sitemap and robots.txt. */
@NullMarked
package org.neighbourhood.base.web;

import org.jspecify.annotations.NullMarked;
