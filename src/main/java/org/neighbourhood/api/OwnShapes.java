package org.neighbourhood.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;

/**
 * What this portal adds to the data.police.uk API, under {@code /api/v1}: its own keys, real JSON numbers and
 * booleans, and times with their offset (ISO 8601), since no existing client reads these.
 */
public final class OwnShapes {

    private OwnShapes() {
    }

    /**
     * A language the force's teams write in.
     *
     * @param name the language's name in itself, such as "Cymraeg"
     * @param first whether every item is written in it (the others are translations where written)
     */
    public record Language(String tag, String name, boolean first) {
    }

    /**
     * A priority with where it stands: "you said, we did".
     *
     * @param status {@code OPEN}, {@code IN_PROGRESS} or {@code DONE}
     * @param language the language of the text given, which is the requested one where written
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record Priority(long id, String issue, @JsonProperty("issue_date") String issueDate,
            @Nullable String action, @JsonProperty("action_date") @Nullable String actionDate, String status,
            String language) {
    }

    /**
     * An officer of a neighbourhood team, with the address of their page and photo on the portal.
     *
     * @param rank the rank as a code, such as {@code SERGEANT}
     * @param rankName the rank in the requested language
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record TeamMember(String slug, String name, String rank, @JsonProperty("rank_name") String rankName,
            @Nullable String role, String page, @JsonProperty("photo_url") @Nullable String photoUrl,
            @JsonProperty("photo_alt") @Nullable String photoAlt) {
    }

    /** A community forum series and its published sessions, soonest first. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ForumSeries(String slug, String name, @Nullable String summary, String language, String page,
            List<ForumSession> sessions) {
    }

    /**
     * One session of a forum. A listening circle gives no venue and no online link: those are sent only to the
     * people taking part.
     *
     * @param format {@code IN_PERSON}, {@code ONLINE} or {@code HYBRID}
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ForumSession(String slug, String title, @JsonProperty("starts_at") String startsAt,
            @JsonProperty("ends_at") String endsAt, String format,
            @JsonProperty("listening_circle") boolean listeningCircle, @Nullable String venue,
            @JsonProperty("online_url") @Nullable String onlineUrl, String language, String page) {
    }

    /**
     * How a team has answered residents' feedback over a period: counts, times and shares only.
     *
     * @param from the first London day counted
     * @param until the last London day counted
     * @param decided items that can be judged against the team's promised time: answered, or unanswered past it
     * @param shareWithinTarget of those decided, the share answered in time, 0 to 1; null when none is decided
     * @param medianFirstAnswer the median time to a first answer, ISO 8601 (such as {@code PT26H}); null when none
     * @param concernsVoiced how many residents voiced each kind of concern, only kinds someone voiced
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record FeedbackFigures(String from, String until, long received, long answered,
            @JsonProperty("answered_within_target") long answeredWithinTarget, long decided,
            @JsonProperty("share_within_target") @Nullable Double shareWithinTarget,
            @JsonProperty("median_first_answer") @Nullable String medianFirstAnswer, long escalations,
            @JsonProperty("concerns_voiced") Map<String, Long> concernsVoiced) {
    }
}
