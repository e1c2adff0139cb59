/** The feeds' addresses over HTTP: the language asked for, and answers a cache or a client may keep. */
@NullMarked
package org.neighbourhood.feeds.ui;

import org.jspecify.annotations.NullMarked;
