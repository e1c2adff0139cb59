package org.neighbourhood.officers;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Localised;

/**
 * An officer as a card in a team: who they are and the photo that shows them.
 *
 * @param roles the role by language tag, only where written, in the order a reader without their own language
 *        should get them: the configured content languages first
 */
public record OfficerCard(String slug, String name, Rank rank, Map<String, String> roles, @Nullable String photoUrl,
        @Nullable String photoAlt, List<String> languages) {

    public OfficerCard {
        roles = Collections.unmodifiableMap(new LinkedHashMap<>(roles));
        languages = List.copyOf(languages);
    }

    /** The name with the rank before it, as in "PC Jo Bloggs". */
    public String titledName() {
        return rank.abbreviation().isEmpty() ? name : rank.abbreviation() + " " + name;
    }

    /** The role in the reader's language where written, else in the first there is, saying which. */
    public Optional<Localised<String>> roleFor(Locale reader) {
        var own = roles.get(reader.getLanguage());
        if (own != null) {
            return Optional.of(new Localised<>(own, Locale.of(reader.getLanguage()), true));
        }
        return roles.entrySet().stream().findFirst()
                .map(first -> new Localised<>(first.getValue(), Locale.of(first.getKey()), false));
    }
}
