package org.neighbourhood.base;

import org.apache.catalina.connector.Connector;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Makes every request's server name and port the public address's ({@link PublicAddress}), never the Host
 * header the client sent: whatever builds an absolute address from a request — Spring Security's "sign in
 * first" redirect, a saved request, a library's link — then builds the right one, and a forged Host reaches
 * none of them. Tomcat's proxy name and port do exactly this. A trusted proxy's {@code X-Forwarded-Proto} still
 * decides the scheme, through the forwarded-headers valve, which trusts it only from TRUSTED_PROXIES.
 */
@Component
class PublicHost implements TomcatConnectorCustomizer {

    private final PublicAddress address;
    private final int serverPort;

    PublicHost(PublicAddress address, @Value("${server.port:8080}") int serverPort) {
        this.address = address;
        this.serverPort = serverPort;
    }

    @Override
    public void customize(Connector connector) {
        var configured = address.configured();
        if (configured.isPresent()) {
            var uri = configured.get();
            // The scheme too, so that a plain request on the way in still builds https links; whether the
            // request itself was secure (Secure cookies, HSTS) stays the forwarded-headers valve's to say.
            connector.setScheme(uri.getScheme());
            connector.setProxyName(uri.getHost());
            connector.setProxyPort(uri.getPort() != -1 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80);
        } else {
            // The demo: localhost, on its port; a free port chosen at start (server.port 0) is not known yet.
            connector.setProxyName("localhost");
            if (serverPort > 0) {
                connector.setProxyPort(serverPort);
            }
        }
    }
}
