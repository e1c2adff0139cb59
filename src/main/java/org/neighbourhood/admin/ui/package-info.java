/** The back office chrome and its administration views: users and the audit log. */
@NullMarked
package org.neighbourhood.admin.ui;

import org.jspecify.annotations.NullMarked;
