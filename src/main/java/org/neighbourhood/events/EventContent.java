package org.neighbourhood.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.publishing.ItemContent;

/** What an editor writes for an event, its text in each language written, and what has no language. */
public record EventContent(
        Map<String, @Valid EventText> texts,
        @NotNull EventType type,
        @NotNull EventFormat format,
        @Size(max = 200) @Nullable String venueName,
        @Size(max = 300) @Nullable String venueAddress,
        @Size(max = 500) @Pattern(regexp = "https://.+") @Nullable String onlineUrl,
        @NotNull Instant startsAt,
        @NotNull Instant endsAt) implements ItemContent<EventText> {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;
    public static final int ACCESSIBILITY_MAX = 1000;

    public EventContent {
        texts = Collections.unmodifiableMap(new LinkedHashMap<>(texts));
    }

    @AssertTrue(message = "must end after it starts")
    boolean isEndAfterStart() {
        return endsAt == null || startsAt == null || endsAt.isAfter(startsAt);
    }

    @AssertTrue(message = "an event in person needs a venue; an online one needs a link")
    boolean isReachable() {
        if (format == null) {
            return true;
        }
        boolean venue = venueName != null && !venueName.isBlank();
        boolean link = onlineUrl != null && !onlineUrl.isBlank();
        return switch (format) {
            case IN_PERSON -> venue;
            case ONLINE -> link;
            case HYBRID -> venue && link;
        };
    }
}
