package org.neighbourhood.api.web;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.api.OpenDataService;
import org.neighbourhood.api.ReadModels;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The data.police.uk neighbourhood API at the same paths under {@code /api}, so that its clients work when pointed
 * at this portal. Literal paths such as {@code /forces/…} and {@code /{force}/neighbourhoods} win over the
 * neighbourhood's {@code /{force}/{neighbourhood}}, as in the original.
 */
@RestController
@RequestMapping("/api")
class PoliceApiController {

    private final OpenDataService data;
    private final ReadModels models;

    PoliceApiController(OpenDataService data, ReadModels models) {
        this.data = data;
        this.models = models;
    }

    @GetMapping("/forces")
    ResponseEntity<byte[]> forces() {
        return ApiResponses.json(models.get("forces", () -> Optional.of(data.forces())), ApiResponses.LIST, "");
    }

    @GetMapping("/forces/{force}")
    ResponseEntity<byte[]> force(@PathVariable String force,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        var language = data.language(accept);
        return ApiResponses.json(models.get(key("force", language, force), () -> data.force(force, language)),
                ApiResponses.ITEM, noForce(force));
    }

    @GetMapping("/forces/{force}/people")
    ResponseEntity<byte[]> seniorOfficers(@PathVariable String force,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        var language = data.language(accept);
        return ApiResponses.json(models.get(key("force-people", language, force),
                () -> data.seniorOfficers(force, language)), ApiResponses.ITEM, noForce(force));
    }

    @GetMapping("/{force}/neighbourhoods")
    ResponseEntity<byte[]> neighbourhoods(@PathVariable String force) {
        return ApiResponses.json(models.get(key("neighbourhoods", Locale.ROOT, force),
                () -> data.neighbourhoods(force)), ApiResponses.LIST, noForce(force));
    }

    @GetMapping("/{force}/{neighbourhood}")
    ResponseEntity<byte[]> neighbourhood(@PathVariable String force, @PathVariable String neighbourhood,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        return part("neighbourhood", force, neighbourhood, accept,
                language -> data.neighbourhood(force, neighbourhood, language));
    }

    @GetMapping("/{force}/{neighbourhood}/boundary")
    ResponseEntity<byte[]> boundary(@PathVariable String force, @PathVariable String neighbourhood) {
        return ApiResponses.json(models.get(key("boundary", Locale.ROOT, force, neighbourhood),
                () -> data.boundary(force, neighbourhood)), ApiResponses.ITEM, noNeighbourhood(force, neighbourhood));
    }

    @GetMapping("/{force}/{neighbourhood}/people")
    ResponseEntity<byte[]> team(@PathVariable String force, @PathVariable String neighbourhood,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        return part("people", force, neighbourhood, accept, language -> data.team(force, neighbourhood, language));
    }

    @GetMapping("/{force}/{neighbourhood}/events")
    ResponseEntity<byte[]> events(@PathVariable String force, @PathVariable String neighbourhood,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        return part("events", force, neighbourhood, accept, language -> data.events(force, neighbourhood, language));
    }

    @GetMapping("/{force}/{neighbourhood}/priorities")
    ResponseEntity<byte[]> priorities(@PathVariable String force, @PathVariable String neighbourhood,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        return part("priorities", force, neighbourhood, accept,
                language -> data.priorities(force, neighbourhood, language));
    }

    /**
     * The neighbourhood holding a point given as {@code latitude,longitude} in WGS 84 degrees; a comma written
     * {@code %2C} and spaces around the numbers are accepted, as by the original.
     */
    @GetMapping("/locate-neighbourhood")
    ResponseEntity<byte[]> locate(@RequestParam(name = "q", required = false) @Nullable String q) {
        var point = Coordinates.parse(q);
        if (point == null) {
            return ApiResponses.error(HttpStatus.BAD_REQUEST,
                    "q must be a latitude and a longitude in degrees, such as q=52.629729,-1.131592");
        }
        return ApiResponses.json(models.get(key("locate", Locale.ROOT, point.latitude() + "," + point.longitude()),
                        () -> data.locate(point.latitude(), point.longitude())),
                ApiResponses.ITEM, "No neighbourhood of this force holds that point");
    }

    private ResponseEntity<byte[]> part(String kind, String force, String neighbourhood, @Nullable String accept,
            Function<Locale, Optional<?>> build) {
        var language = data.language(accept);
        return ApiResponses.json(models.get(key(kind, language, force, neighbourhood), () -> build.apply(language)),
                ApiResponses.ITEM, noNeighbourhood(force, neighbourhood));
    }

    static String key(String kind, Locale language, String... parts) {
        return kind + "|" + language.toLanguageTag() + "|" + String.join("|", parts);
    }

    static String noForce(String force) {
        return "No force with the id " + force + " here";
    }

    static String noNeighbourhood(String force, String neighbourhood) {
        return "No neighbourhood with the id " + neighbourhood + " in the force " + force;
    }
}
