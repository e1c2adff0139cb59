package org.neighbourhood.base.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.json.JsonMapper;

/**
 * A schema.org JSON-LD node for a page's first HTML, such as an event: its properties in the order they are
 * given, those without a value left out, and nested nodes for places and organisations.
 */
public final class JsonLd {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Map<String, Object> properties = new LinkedHashMap<>();

    private JsonLd(String type) {
        properties.put("@type", type);
    }

    /** A node of a schema.org type, such as {@code Event} or {@code Place}. */
    public static JsonLd of(String type) {
        return new JsonLd(type);
    }

    /** Adds a text, a number or a nested node; a null value leaves the property out. */
    public JsonLd with(String property, @Nullable Object value) {
        if (value != null) {
            properties.put(property, value instanceof JsonLd node ? node.properties : value);
        }
        return this;
    }

    /**
     * The whole document, for a script element of type {@code application/ld+json}. Jackson writes the JSON;
     * {@code <}, {@code >} and {@code &} can then only be inside strings, where their Unicode escapes mean the
     * same, so a text such as {@code </script>} cannot close the element it sits in.
     */
    public String toDocument() {
        var document = new LinkedHashMap<String, Object>();
        document.put("@context", "https://schema.org");
        document.putAll(properties);
        return JSON.writeValueAsString(document).replace("<", "\\u003c").replace(">", "\\u003e")
                .replace("&", "\\u0026");
    }
}
