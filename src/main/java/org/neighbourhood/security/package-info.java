/** Accounts, roles and who may change which neighbourhood's content; sign-in limits; the audit log. */
@NullMarked
package org.neighbourhood.security;

import org.jspecify.annotations.NullMarked;
