/** Plain HTTP every feature shares, outside Vaadin: the sitemap, robots.txt and the limit on request bodies. */
@NullMarked
package org.neighbourhood.base.web;

import org.jspecify.annotations.NullMarked;
