package org.neighbourhood.officers.ui;

import java.time.Duration;

import org.neighbourhood.officers.OfficerService;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves officers' photos; the address carries a version, so browsers may keep each one for a long time. */
@RestController
class OfficerPhotoController {

    private final OfficerService officers;

    OfficerPhotoController(OfficerService officers) {
        this.officers = officers;
    }

    @GetMapping("/media/officers/{slug}")
    ResponseEntity<byte[]> photo(@PathVariable String slug) {
        return officers.findPhoto(slug)
                .map(photo -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(photo.contentType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofDays(30)).cachePublic())
                        .lastModified(photo.updatedAt())
                        .header("X-Content-Type-Options", "nosniff")
                        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; "
                                + "frame-ancestors 'none'; base-uri 'none'; form-action 'none'")
                        .body(photo.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
