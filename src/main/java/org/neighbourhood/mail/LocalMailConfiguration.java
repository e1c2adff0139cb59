package org.neighbourhood.mail;

import java.util.Properties;

import org.neighbourhood.base.Deployment;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * In the demo, or in a trial that asks for it ({@code MAIL_CATCH_LOCALLY=true}), and only while no mail server
 * is configured ({@code spring.mail.host} unset), mail is caught by a {@link LocalMailCatcher} and the portal's
 * mail sender talks SMTP to it. With a host set, Spring Boot's own sender for that host is used and none of
 * this exists. A real deployment without a host does not start at all (see {@code DeploymentCheck}): an
 * unset variable is never a reason to keep people's mail in memory.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalMailConfiguration.NoMailServer.class)
class LocalMailConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    LocalMailCatcher localMailCatcher(@Value("${neighbourhood.mail.local-port:3025}") int port) {
        return new LocalMailCatcher(port);
    }

    @Bean
    JavaMailSenderImpl mailSender(LocalMailCatcher catcher) {
        var sender = new JavaMailSenderImpl();
        sender.setHost(LocalMailCatcher.BIND_ADDRESS);
        sender.setPort(catcher.port());
        sender.setDefaultEncoding("UTF-8");
        var properties = new Properties();
        properties.setProperty("mail.smtp.connectiontimeout", "5000");
        properties.setProperty("mail.smtp.timeout", "10000");
        properties.setProperty("mail.smtp.writetimeout", "10000");
        sender.setJavaMailProperties(properties);
        return sender;
    }

    static class NoMailServer implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            var environment = context.getEnvironment();
            return !StringUtils.hasText(environment.getProperty("spring.mail.host"))
                    && (environment.matchesProfiles(Deployment.DEMO_PROFILE)
                            || environment.getProperty("neighbourhood.mail.catch-locally", Boolean.class, false));
        }
    }
}
