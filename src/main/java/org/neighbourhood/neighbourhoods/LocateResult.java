package org.neighbourhood.neighbourhoods;

import java.util.List;

/** What finding a neighbourhood from a postcode or a location came to. */
public sealed interface LocateResult {

    /** Exactly one neighbourhood. */
    record Found(NeighbourhoodSummary neighbourhood) implements LocateResult {
    }

    /**
     * Several neighbourhoods share the outward code, or a full postcode is not listed but its outward code
     * is: the person chooses. {@code exact} is false in the second case.
     */
    record Choice(Postcode postcode, List<NeighbourhoodSummary> neighbourhoods, boolean exact)
            implements LocateResult {
    }

    /** A valid postcode that no neighbourhood covers. */
    record NotCovered(Postcode postcode) implements LocateResult {
    }

    /**
     * Text longer than any postcode, such as a postcode with part of an address after it. It is said, not cut
     * short: a field that silently dropped the rest would search for something the person never typed.
     */
    record TooLong(String input, int maxLength) implements LocateResult {
    }

    /** Text that is not a postcode or an outward code. */
    record NotAPostcode(String input) implements LocateResult {
    }

    /** A location inside no neighbourhood's boundary. */
    record OutsideArea(double latitude, double longitude) implements LocateResult {
    }
}
