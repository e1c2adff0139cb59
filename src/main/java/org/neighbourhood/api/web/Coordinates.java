package org.neighbourhood.api.web;

import org.jspecify.annotations.Nullable;

/** A point as {@code /locate-neighbourhood} takes it: {@code latitude,longitude} in degrees. */
record Coordinates(double latitude, double longitude) {

    /** The point, or null when the text is not two numbers in range separated by a comma. */
    static @Nullable Coordinates parse(@Nullable String q) {
        if (q == null || q.length() > 100) {
            return null;
        }
        var parts = q.split(",", -1);
        if (parts.length != 2) {
            return null;
        }
        try {
            var latitude = number(parts[0]);
            var longitude = number(parts[1]);
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                return null;
            }
            return new Coordinates(latitude, longitude);
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    /** A plain decimal number: no hexadecimal, no "NaN" or "Infinity", no "d" or "f" suffix. */
    private static double number(String text) {
        var trimmed = text.strip();
        if (!trimmed.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)")) {
            throw new NumberFormatException(trimmed);
        }
        return Double.parseDouble(trimmed);
    }
}
