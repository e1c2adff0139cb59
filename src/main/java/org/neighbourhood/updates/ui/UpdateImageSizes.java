package org.neighbourhood.updates.ui;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.neighbourhood.base.content.ImageDimensions;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateService.PublicUpdate;
import org.springframework.stereotype.Component;

/**
 * The size of each update's picture, for the width and height attributes that keep the page from jumping while it
 * loads. Remembered by the picture's address, which changes whenever the picture does, so a surge of visitors
 * reads each picture's bytes once.
 */
@Component
class UpdateImageSizes {

    private final UpdateService updates;
    private final Cache<String, Optional<ImageDimensions>> sizes = Caffeine.newBuilder()
            .maximumSize(1_000).expireAfterAccess(1, TimeUnit.DAYS).build();

    UpdateImageSizes(UpdateService updates) {
        this.updates = updates;
    }

    Optional<ImageDimensions> of(PublicUpdate update) {
        var url = update.imageUrl();
        if (url == null) {
            return Optional.empty();
        }
        return sizes.get(url, key -> updates.findImage(update.slug())
                .flatMap(image -> ImageDimensions.of(image.data())));
    }
}
