package org.neighbourhood.base.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Viewport;
import com.vaadin.flow.theme.lumo.Lumo;

/** The HTML shell of every page: Lumo, the portal's own styles, and a viewport that suits phones. */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/portal.css")
@Viewport("width=device-width, initial-scale=1")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {
}
