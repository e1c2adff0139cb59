package org.neighbourhood.api;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the data.police.uk neighbourhood API written from its documentation alone — its pages and their
 * example responses — as the published client libraries are: it asks the documented paths and reads the documented
 * keys. It is stricter than they are: an object must carry exactly the documented keys, every scalar must be a
 * string (or null where the documentation shows null), and dates must be in the documented format. Anything else
 * fails here as it could fail in some client. No Java client library is published on Maven Central.
 */
final class PoliceApiClient {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");
    static final Set<String> CONTACT_KEYS = Set.of("email", "telephone", "mobile", "fax", "web", "address",
            "facebook", "twitter", "youtube", "myspace", "bebo", "flickr", "google-plus", "forum", "e-messaging",
            "blog", "rss");

    record Force(String id, String name) {
    }

    record ForceDetails(String id, String name, @Nullable String description, String url, String telephone,
            List<Map<String, @Nullable String>> engagementMethods) {
    }

    record Person(String name, String rank, @Nullable String bio, Map<String, String> contactDetails) {
    }

    record Neighbourhood(String id, String name, String urlForce, Map<String, String> contactDetails,
            List<Map<String, @Nullable String>> links, @Nullable Double latitude, @Nullable Double longitude,
            @Nullable String description, String population) {
    }

    record Point(double latitude, double longitude) {
    }

    record Event(String title, @Nullable String description, String address, String type, LocalDateTime start,
            LocalDateTime end, Map<String, String> contactDetails) {
    }

    record Priority(String issue, LocalDateTime issueDate, @Nullable String action,
            @Nullable LocalDateTime actionDate) {
    }

    record Located(String force, String neighbourhood) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http;
    private final String base;
    private final String clientAddress;
    private final @Nullable String language;

    /**
     * @param clientAddress sent as {@code X-Forwarded-For} through the trusted local proxy, so that each test is a
     *        client of its own under the rate limit
     */
    PoliceApiClient(HttpClient http, String base, String clientAddress, @Nullable String language) {
        this.http = http;
        this.base = base;
        this.clientAddress = clientAddress;
        this.language = language;
    }

    PoliceApiClient inLanguage(String acceptLanguage) {
        return new PoliceApiClient(http, base, clientAddress, acceptLanguage);
    }

    List<Force> forces() {
        return list(get("/forces"), node -> {
            exactly(node, "id", "name");
            return new Force(string(node, "id"), string(node, "name"));
        });
    }

    ForceDetails force(String force) {
        var node = get("/forces/" + force);
        exactly(node, "description", "url", "engagement_methods", "telephone", "id", "name");
        var methods = list(node.get("engagement_methods"), method -> {
            exactly(method, "url", "type", "description", "title");
            return strings(method);
        });
        return new ForceDetails(string(node, "id"), string(node, "name"), nullable(node, "description"),
                string(node, "url"), string(node, "telephone"), methods);
    }

    List<Person> seniorOfficers(String force) {
        return list(get("/forces/" + force + "/people"), PoliceApiClient::person);
    }

    List<Force> neighbourhoods(String force) {
        return list(get("/" + force + "/neighbourhoods"), node -> {
            exactly(node, "id", "name");
            return new Force(string(node, "id"), string(node, "name"));
        });
    }

    Neighbourhood neighbourhood(String force, String id) {
        var node = get("/" + force + "/" + id);
        exactly(node, "url_force", "contact_details", "name", "links", "centre", "locations", "description", "id",
                "population");
        var links = list(node.get("links"), link -> {
            exactly(link, "url", "description", "title");
            return strings(link);
        });
        list(node.get("locations"), location -> {
            exactly(location, "name", "longitude", "postcode", "address", "latitude", "type", "description");
            return strings(location);
        });
        var centre = node.get("centre");
        exactly(centre, "latitude", "longitude");
        var latitude = nullable(centre, "latitude");
        var longitude = nullable(centre, "longitude");
        var population = string(node, "population");
        Long.parseLong(population);
        return new Neighbourhood(string(node, "id"), string(node, "name"), string(node, "url_force"),
                contact(node), links, latitude == null ? null : Double.valueOf(latitude),
                longitude == null ? null : Double.valueOf(longitude), nullable(node, "description"), population);
    }

    List<Point> boundary(String force, String id) {
        return list(get("/" + force + "/" + id + "/boundary"), node -> {
            exactly(node, "latitude", "longitude");
            return new Point(Double.parseDouble(string(node, "latitude")),
                    Double.parseDouble(string(node, "longitude")));
        });
    }

    List<Person> team(String force, String id) {
        return list(get("/" + force + "/" + id + "/people"), PoliceApiClient::person);
    }

    List<Event> events(String force, String id) {
        return list(get("/" + force + "/" + id + "/events"), node -> {
            exactly(node, "contact_details", "description", "title", "address", "type", "start_date", "end_date");
            return new Event(string(node, "title"), nullable(node, "description"), string(node, "address"),
                    string(node, "type"), LocalDateTime.parse(string(node, "start_date"), DATE),
                    LocalDateTime.parse(string(node, "end_date"), DATE), contact(node));
        });
    }

    List<Priority> priorities(String force, String id) {
        return list(get("/" + force + "/" + id + "/priorities"), node -> {
            exactly(node, "issue", "issue-date", "action", "action-date");
            var actionDate = nullable(node, "action-date");
            return new Priority(string(node, "issue"), LocalDateTime.parse(string(node, "issue-date"), DATE),
                    nullable(node, "action"), actionDate == null ? null : LocalDateTime.parse(actionDate, DATE));
        });
    }

    Located locate(String q) {
        var node = get("/locate-neighbourhood?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        exactly(node, "force", "neighbourhood");
        return new Located(string(node, "force"), string(node, "neighbourhood"));
    }

    /**
     * The raw answer, for what the typed calls do not look at: the status, headers and error bodies. Over the rate
     * limit it waits as {@code Retry-After} says and asks again, as every call of this client does.
     */
    HttpResponse<String> raw(String path) {
        var response = once(path);
        // As a well-behaved client does: over the rate limit, wait as long as it says, then ask again.
        for (int retry = 0; response.statusCode() == 429 && retry < 5; retry++) {
            pause(Long.parseLong(response.headers().firstValue("Retry-After").orElseThrow()));
            response = once(path);
        }
        return response;
    }

    private HttpResponse<String> once(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create(base + path)).header("X-Forwarded-For", clientAddress);
            if (language != null) {
                request.header("Accept-Language", language);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String path) {
        var response = raw(path);
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        if (!response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
            throw new IllegalStateException(path + " is not JSON: " + response.headers().map());
        }
        return JSON.readTree(response.body());
    }

    private static void pause(long seconds) {
        try {
            Thread.sleep(seconds * 1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Person person(JsonNode node) {
        exactly(node, "bio", "contact_details", "name", "rank");
        return new Person(string(node, "name"), string(node, "rank"), nullable(node, "bio"), contact(node));
    }

    private static Map<String, String> contact(JsonNode node) {
        var contact = node.get("contact_details");
        if (contact == null || !contact.isObject()) {
            throw new IllegalStateException("contact_details must be an object: " + node);
        }
        var details = new LinkedHashMap<String, String>();
        for (var name : contact.propertyNames()) {
            if (!CONTACT_KEYS.contains(name)) {
                throw new IllegalStateException("contact_details has an undocumented key " + name);
            }
            details.put(name, string(contact, name));
        }
        return details;
    }

    private static <T> List<T> list(JsonNode node, Function<JsonNode, T> read) {
        if (!node.isArray()) {
            throw new IllegalStateException("Expected a list: " + node);
        }
        var items = new ArrayList<T>();
        node.forEach(item -> items.add(read.apply(item)));
        return items;
    }

    private static void exactly(JsonNode node, String... keys) {
        if (!node.isObject()) {
            throw new IllegalStateException("Expected an object: " + node);
        }
        var found = new HashSet<String>(node.propertyNames());
        if (!found.equals(Set.of(keys))) {
            throw new IllegalStateException("Keys " + found + " are not the documented " + Set.of(keys));
        }
    }

    private static String string(JsonNode node, String key) {
        var value = node.get(key);
        if (value == null || !value.isString()) {
            throw new IllegalStateException(key + " must be a string: " + node);
        }
        return value.asString();
    }

    private static @Nullable String nullable(JsonNode node, String key) {
        var value = node.get(key);
        return value == null || value.isNull() ? null : string(node, key);
    }

    private static Map<String, @Nullable String> strings(JsonNode node) {
        var values = new LinkedHashMap<String, @Nullable String>();
        for (var name : node.propertyNames()) {
            values.put(name, nullable(node, name));
        }
        return values;
    }
}
