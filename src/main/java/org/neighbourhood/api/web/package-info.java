/** The API's HTTP side: addresses, conditional requests, CORS, the rate limit and JSON errors. */
@NullMarked
package org.neighbourhood.api.web;

import org.jspecify.annotations.NullMarked;
