package org.neighbourhood.base.search;

import org.jspecify.annotations.Nullable;

/**
 * What can be found of an item in one language: its title, and its body as plain text or Markdown.
 *
 * @param markdown whether the body is Markdown, whose markup is not indexed
 */
public record SearchText(@Nullable String title, @Nullable String body, boolean markdown) {

    public static SearchText plain(@Nullable String title, @Nullable String body) {
        return new SearchText(title, body, false);
    }

    public static SearchText markdown(@Nullable String title, @Nullable String body) {
        return new SearchText(title, body, true);
    }
}
