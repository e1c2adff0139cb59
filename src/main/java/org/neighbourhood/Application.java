package org.neighbourhood;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class Application {

    public static void main(String[] args) {
        var application = new SpringApplication(Application.class);
        if (isImportCommand(args)) {
            // An import from the command line loads data and exits: no web server, no Vaadin.
            application.setWebApplicationType(WebApplicationType.NONE);
            application.setDefaultProperties(Map.of("spring.autoconfigure.exclude",
                    "com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                            + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                    "spring.main.banner-mode", "off"));
            System.exit(SpringApplication.exit(application.run(args)));
        }
        application.run(args);
    }

    static boolean isImportCommand(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.startsWith("--import."));
    }
}
