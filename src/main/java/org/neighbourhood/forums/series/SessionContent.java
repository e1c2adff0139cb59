package org.neighbourhood.forums.series;

import java.time.Instant;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;

/** What a facilitator sets for one session of a series. */
public record SessionContent(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 200) @Nullable String titlePl,
        @Size(max = 4000) @Nullable String description,
        @Size(max = 4000) @Nullable String descriptionPl,
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
