package org.neighbourhood.forums.series;

import java.time.Instant;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/**
 * What a facilitator sets for one session of a series; its title and description in each language teams write in,
 * keyed by language tag such as {@code en}, the first configured language required and the others optional.
 */
public record SessionContent(
        @NotNull Map<@Pattern(regexp = "[a-z]{2,3}") String, @Valid @NotNull SessionText> texts,
        @NotNull SessionFormat format,
        @Size(max = 200) @Nullable String venueName,
        @Size(max = 300) @Nullable String venueAddress,
        @Size(max = 1000) @Nullable String accessibilityNotes,
        @Size(max = 500) @Pattern(regexp = "https://.+", message = "must be a web address starting https://")
        @Nullable String onlineUrl,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt,
        @Min(1) @Max(1000) int capacity,
        @Size(max = 300) @Nullable String chairs,
        boolean listeningCircle,
        boolean published) {

    public SessionContent {
        texts = Map.copyOf(texts);
    }

    public SessionText text(String language) {
        return texts.getOrDefault(language, SessionText.EMPTY);
    }

    /** The same content with each text tidied and the languages nobody wrote in left out. */
    SessionContent normalised() {
        return new SessionContent(Texts.normalised(texts, SessionText::normalised, SessionText::isEmpty), format,
                venueName, venueAddress, accessibilityNotes, onlineUrl, startsAt, endsAt, capacity, chairs,
                listeningCircle, published);
    }

    @AssertTrue(message = "must end after it starts")
    boolean isEndAfterStart() {
        return endsAt == null || startsAt == null || endsAt.isAfter(startsAt);
    }

    @AssertTrue(message = "a session in person needs a venue; an online one needs a link")
    boolean isReachable() {
        if (format == null) {
            return true;
        }
        boolean venue = venueName != null && !venueName.isBlank();
        boolean link = onlineUrl != null && !onlineUrl.isBlank();
        return (!format.hasVenue() || venue) && (!format.isOnline() || link);
    }
}
