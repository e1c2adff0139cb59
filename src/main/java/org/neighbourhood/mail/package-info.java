/**
 * The mail outbox: emails written in the business transaction that causes them, rendered from localised
 * templates and sent by a scheduled dispatcher that retries with back-off; the local mail catcher of the
 * embedded default.
 */
@NullMarked
package org.neighbourhood.mail;

import org.jspecify.annotations.NullMarked;
