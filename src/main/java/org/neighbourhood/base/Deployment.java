package org.neighbourhood.base;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which portal this is: the demo, which a developer runs with no setup (fictional data, the demo sign-ins,
 * mail caught and shown at {@code /mailbox}, links on {@code http://localhost}), or a real deployment, which
 * has none of that and must be told its public address and mail server (see {@link DeploymentCheck}).
 * The demo is the Spring profile {@value #DEMO_PROFILE}, chosen explicitly; nothing falls back to it.
 */
@Component
public class Deployment {

    public static final String DEMO_PROFILE = "demo";

    private final boolean demo;

    Deployment(Environment environment) {
        this.demo = isDemo(environment);
    }

    public boolean isDemo() {
        return demo;
    }

    static boolean isDemo(Environment environment) {
        return environment.matchesProfiles(DEMO_PROFILE);
    }
}
