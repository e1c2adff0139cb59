package org.neighbourhood.api.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.api.OpenDataService;
import org.neighbourhood.api.ReadModels;
import org.neighbourhood.base.Zones;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What this portal adds to the original API, under its own prefix so that nothing of ours ever appears inside
 * the compatible objects: the languages content is written in, priorities with their status, officers with their
 * pages and photos, community forums with their sessions, and how each team answers residents' feedback.
 */
@RestController
@RequestMapping("/api/v1")
class OwnApiController {

    private final OpenDataService data;
    private final ReadModels models;
    private final Clock clock;

    OwnApiController(OpenDataService data, ReadModels models, Clock clock) {
        this.data = data;
        this.models = models;
        this.clock = clock;
    }

    @GetMapping("/languages")
    ResponseEntity<byte[]> languages() {
        return ApiResponses.json(models.get("v1-languages", () -> Optional.of(data.contentLanguages())),
                ApiResponses.LIST, "");
    }

    @GetMapping("/{force}/forums")
    ResponseEntity<byte[]> forums(@PathVariable String force,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        var language = data.language(accept);
        return ApiResponses.json(models.get(PoliceApiController.key("v1-forums", language, force),
                        () -> data.forums(force, language, clock.instant())),
                ApiResponses.ITEM, PoliceApiController.noForce(force));
    }

    @GetMapping("/{force}/{neighbourhood}/priorities")
    ResponseEntity<byte[]> priorities(@PathVariable String force, @PathVariable String neighbourhood,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        var language = data.language(accept);
        return ApiResponses.json(models.get(PoliceApiController.key("v1-priorities", language, force, neighbourhood),
                        () -> data.prioritiesWithStatus(force, neighbourhood, language)),
                ApiResponses.ITEM, PoliceApiController.noNeighbourhood(force, neighbourhood));
    }

    @GetMapping("/{force}/{neighbourhood}/people")
    ResponseEntity<byte[]> team(@PathVariable String force, @PathVariable String neighbourhood,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) @Nullable String accept) {
        Locale language = data.language(accept);
        return ApiResponses.json(models.get(PoliceApiController.key("v1-people", language, force, neighbourhood),
                        () -> data.teamWithPages(force, neighbourhood, language)),
                ApiResponses.ITEM, PoliceApiController.noNeighbourhood(force, neighbourhood));
    }

    @GetMapping("/{force}/{neighbourhood}/feedback")
    ResponseEntity<byte[]> feedback(@PathVariable String force, @PathVariable String neighbourhood) {
        var today = LocalDate.now(clock.withZone(Zones.LONDON));
        return ApiResponses.json(models.get(PoliceApiController.key("v1-feedback", Locale.ROOT, force, neighbourhood,
                        today.toString()), () -> data.feedback(force, neighbourhood, today)),
                ApiResponses.ITEM, PoliceApiController.noNeighbourhood(force, neighbourhood));
    }
}
