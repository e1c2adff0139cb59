/**
 * The back office chrome, its administration views (users, the audit log), and the pieces every content editor
 * shares: revision history, publishing controls and the picture upload field.
 */
@NullMarked
package org.neighbourhood.admin.ui;

import org.jspecify.annotations.NullMarked;
