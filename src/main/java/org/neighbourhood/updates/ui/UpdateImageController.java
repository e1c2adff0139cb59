package org.neighbourhood.updates.ui;

import java.time.Duration;

import org.neighbourhood.updates.UpdateService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves the pictures of public updates; the address carries a version, so browsers may keep each one long. */
@RestController
class UpdateImageController {

    private final UpdateService updates;

    UpdateImageController(UpdateService updates) {
        this.updates = updates;
    }

    @GetMapping(UpdateService.IMAGE_PATH + "{slug}")
    ResponseEntity<byte[]> image(@PathVariable String slug) {
        return updates.findImage(slug)
                .map(image -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(image.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                        .lastModified(image.updatedAt())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
                        .body(image.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
