package org.neighbourhood.admin.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;

/**
 * Something another feature shows on the back-office home, such as the feedback due, so that the home shows it
 * without depending on that feature. Made anew for each page view; empty when it has nothing for this user.
 */
public interface AdminHomeSection {

    Optional<Component> create();
}
