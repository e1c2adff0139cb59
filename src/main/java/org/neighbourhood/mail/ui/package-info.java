/** The back office's view of the mail outbox and the demo mailbox of the local mail catcher. */
@NullMarked
package org.neighbourhood.mail.ui;

import org.jspecify.annotations.NullMarked;
