package org.neighbourhood.security.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.communication.IndexHtmlResponse;

import org.springframework.stereotype.Component;

/**
 * Gives every script of a page's first HTML the nonce that the page's Content-Security-Policy allows
 * ({@link SecurityHeaders}), so that Vaadin's inline bootstrap scripts run and a script injected into the page
 * would not. Flow's client finds the nonce on these scripts and puts it on the scripts it adds later.
 */
@Component
class ScriptNonces implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(ScriptNonces::stamp);
    }

    private static void stamp(IndexHtmlResponse response) {
        var request = ((VaadinServletRequest) response.getVaadinRequest()).getHttpServletRequest();
        response.getDocument().getElementsByTag("script").attr("nonce", SecurityHeaders.nonce(request));
    }
}
