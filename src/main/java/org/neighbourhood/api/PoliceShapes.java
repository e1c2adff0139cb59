package org.neighbourhood.api;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import org.jspecify.annotations.Nullable;

/**
 * The objects of the data.police.uk neighbourhood API, key for key as its documentation shows them. Every scalar
 * is a string, numbers and coordinates included; a value the original gives as null is null here too, and an
 * object carries exactly the documented keys: the portal's own fields live in {@link OwnShapes}.
 */
public final class PoliceShapes {

    private PoliceShapes() {
    }

    /** One entry of {@code /forces} and {@code /{force}/neighbourhoods}. */
    @JsonPropertyOrder({"id", "name"})
    public record Named(String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"description", "url", "engagement_methods", "telephone", "id", "name"})
    public record Force(@Nullable String description, String url,
            @JsonProperty("engagement_methods") List<EngagementMethod> engagementMethods, String telephone,
            String id, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"url", "type", "description", "title"})
    public record EngagementMethod(String url, String type, @Nullable String description, String title) {
    }

    /**
     * An officer of a force or a neighbourhood team.
     *
     * @param contactDetails only the documented keys that have a value
     */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"bio", "contact_details", "name", "rank"})
    public record Person(@Nullable String bio, @JsonProperty("contact_details") Map<String, String> contactDetails,
            String name, String rank) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"url_force", "contact_details", "name", "links", "centre", "locations", "description", "id",
            "population"})
    public record Neighbourhood(@JsonProperty("url_force") String urlForce,
            @JsonProperty("contact_details") Map<String, String> contactDetails, String name, List<Link> links,
            Point centre, List<Location> locations, @Nullable String description, String id, String population) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"url", "description", "title"})
    public record Link(String url, @Nullable String description, String title) {
    }

    /** A place where the team can be met, such as a police station. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"name", "longitude", "postcode", "address", "latitude", "type", "description"})
    public record Location(String name, @Nullable String longitude, @Nullable String postcode, String address,
            @Nullable String latitude, String type, @Nullable String description) {
    }

    /** A point in WGS 84 degrees, written as the original writes it: two strings. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"latitude", "longitude"})
    public record Point(@Nullable String latitude, @Nullable String longitude) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"contact_details", "description", "title", "address", "type", "start_date", "end_date"})
    public record Event(@JsonProperty("contact_details") Map<String, String> contactDetails,
            @Nullable String description, String title, String address, String type,
            @JsonProperty("start_date") String startDate, @JsonProperty("end_date") String endDate) {
    }

    /** A priority: what the community raised, and what the team did, both null until something has been done. */
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @JsonPropertyOrder({"action", "issue-date", "action-date", "issue"})
    public record Priority(@Nullable String action, @JsonProperty("issue-date") String issueDate,
            @JsonProperty("action-date") @Nullable String actionDate, String issue) {
    }

    /** The answer of {@code /locate-neighbourhood}. */
    @JsonPropertyOrder({"force", "neighbourhood"})
    public record Located(String force, String neighbourhood) {
    }
}
