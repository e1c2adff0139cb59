package org.neighbourhood.base;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The force whose portal this is, read from {@code themes/{name}/brand.properties}; the theme is chosen by
 * {@code neighbourhood.brand}. Its stylesheet and logo are served from {@code /brand/{name}/}.
 */
@Component
public class Brand {

    private final String theme;
    private final Properties properties = new Properties();

    Brand(@Value("${neighbourhood.brand:northshire}") String theme) {
        if (!theme.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("neighbourhood.brand must be a folder name, not " + theme);
        }
        this.theme = theme;
        var resource = new ClassPathResource("META-INF/resources/brand/" + theme + "/brand.properties");
        if (!resource.exists()) {
            throw new IllegalStateException("No brand.properties for the brand '" + theme + "' under themes/");
        }
        try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The force's identifier in the open data API, such as {@code northshire}. */
    public String forceId() {
        return require("force.id");
    }

    public String forceName() {
        return require("force.name");
    }

    public String contactEmail() {
        return require("contact.email");
    }

    /** The non-emergency number to show in the footer. */
    public String contactPhone() {
        return require("contact.phone");
    }

    public String stylesheetPath() {
        return "brand/" + theme + "/brand.css";
    }

    public String logoPath() {
        return "brand/" + theme + "/" + properties.getProperty("logo", "logo.svg");
    }

    private String require(String key) {
        var value = properties.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("brand.properties of '" + theme + "' lacks " + key);
        }
        return value.trim();
    }
}
