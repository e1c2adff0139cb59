package org.neighbourhood.base.web;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.session.ManagerBase;
import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.stereotype.Component;

/**
 * Looks for ended sessions every ten seconds (Tomcat's background pass) rather than every minute, Tomcat's
 * default: anonymous sessions are short ({@code server.servlet.session.timeout}), and in a surge of visitors
 * who open a page and leave, the heap holds every session until it is found to have ended.
 */
@Component
class SessionExpiry implements TomcatContextCustomizer {

    @Override
    public void customize(org.apache.catalina.Context context) {
        context.addLifecycleListener(event -> {
            if (Lifecycle.AFTER_START_EVENT.equals(event.getType())
                    && context.getManager() instanceof ManagerBase manager) {
                manager.setProcessExpiresFrequency(1);
            }
        });
    }
}
