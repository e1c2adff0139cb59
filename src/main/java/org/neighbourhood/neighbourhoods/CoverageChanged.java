package org.neighbourhood.neighbourhoods;

/** Published when boundaries or postcode coverage changed, so the locator's index is built anew. */
record CoverageChanged() {
}
