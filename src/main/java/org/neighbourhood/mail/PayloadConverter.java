package org.neighbourhood.mail;

import java.util.Map;
import java.util.TreeMap;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Stores a mail's payload as a JSON object of strings. */
@Converter
class PayloadConverter implements AttributeConverter<Map<String, String>, String> {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<TreeMap<String, String>> TYPE = new TypeReference<>() { };

    @Override
    public String convertToDatabaseColumn(Map<String, String> payload) {
        return JSON.writeValueAsString(new TreeMap<>(payload));
    }

    @Override
    public Map<String, String> convertToEntityAttribute(String json) {
        return Map.copyOf(JSON.readValue(json, TYPE));
    }
}
