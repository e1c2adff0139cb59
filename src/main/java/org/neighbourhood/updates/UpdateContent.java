package org.neighbourhood.updates;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import org.neighbourhood.publishing.ItemContent;

/** What an editor writes for an update: its title and Markdown body in each language written. */
public record UpdateContent(Map<String, @Valid UpdateText> texts) implements ItemContent<UpdateText> {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int IMAGE_ALT_MAX = 300;

    public UpdateContent {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }
}
