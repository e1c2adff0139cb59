package org.neighbourhood.neighbourhoods;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKTReader;

class LocatorIndexTest {

    /** A rectangle twice as wide as it is tall, so that swapping latitude and longitude would miss it. */
    private static final String RECTANGLE = "POLYGON ((-2 50, 0 50, 0 51, -2 51, -2 50))";

    @Test
    void a_full_postcode_finds_the_neighbourhood_that_covers_it() {
        var index = LocatorIndex.build(List.of(coverage(1, "NS1 4AB"), coverage(2, "NS1 4AD"), coverage(3, "NS2 1AA"),
                coverage(4, "NS1")), List.of());

        assertThat(index.byFullPostcode(postcode("ns14ab"))).containsExactly(1);
        assertThat(index.byFullPostcode(postcode("NS1 4AD"))).containsExactly(2);
        assertThat(index.byFullPostcode(postcode("NS2 1AA"))).containsExactly(3);
    }

    @Test
    void a_full_postcode_two_neighbourhoods_share_finds_both() {
        var index = LocatorIndex.build(List.of(coverage(7, "NS1 4AB"), coverage(2, "NS1 4AD"), coverage(5, "NS1 4AB")),
                List.of());

        assertThat(index.byFullPostcode(postcode("NS1 4AB"))).containsExactlyInAnyOrder(7, 5);
    }

    @Test
    void a_full_postcode_no_neighbourhood_lists_finds_none() {
        var index = LocatorIndex.build(List.of(coverage(1, "NS1 4AB"), coverage(2, "NS1 4AD"), coverage(3, "NS1")),
                List.of());

        assertThat(index.byFullPostcode(postcode("NS1 4AA"))).isEmpty();
        assertThat(index.byFullPostcode(postcode("NS1 4AC"))).isEmpty();
        assertThat(index.byFullPostcode(postcode("NS1 4AE"))).isEmpty();
        assertThat(index.byFullPostcode(postcode("ZZ9 9ZZ"))).isEmpty();
    }

    @Test
    void an_outward_code_finds_the_neighbourhoods_that_cover_it_whole() {
        var index = LocatorIndex.build(List.of(coverage(3, "NS1"), coverage(1, "NS1 4AB"), coverage(2, "NS1"),
                coverage(4, "NS2")), List.of());

        assertThat(index.byOutwardCode("NS1")).containsExactly(3, 2);
        assertThat(index.byOutwardCode("NS2")).containsExactly(4);
        assertThat(index.byOutwardCode("NS9")).isEmpty();
    }

    @Test
    void what_an_outward_code_lookup_returns_cannot_change_the_index() {
        var index = LocatorIndex.build(List.of(coverage(3, "NS1"), coverage(4, "NS1 4AB")), List.of());

        index.byOutwardCode("NS1")[0] = 99;
        index.withinOutwardCode("NS1")[0] = 99;

        assertThat(index.byOutwardCode("NS1")).containsExactly(3);
        assertThat(index.withinOutwardCode("NS1")).containsExactly(3, 4);
    }

    @Test
    void within_an_outward_code_come_those_covering_it_whole_first_then_those_with_its_postcodes_without_duplicates() {
        var index = LocatorIndex.build(List.of(coverage(5, "NS1 4AB"), coverage(3, "NS1 4AD"), coverage(2, "NS1"),
                coverage(5, "NS1 4AE"), coverage(3, "NS1"), coverage(8, "NS1 5BD"), coverage(7, "NS2 1AA"),
                coverage(6, "NS2")), List.of());

        assertThat(index.withinOutwardCode("NS1")).containsExactly(2, 3, 5, 8);
        assertThat(index.withinOutwardCode("NS2")).containsExactly(6, 7);
        assertThat(index.withinOutwardCode("NS3")).isEmpty();
    }

    @Test
    void a_point_inside_a_boundary_is_located() {
        var index = LocatorIndex.build(List.of(), List.of(area(4, RECTANGLE)));

        assertThat(index.locate(50.5, -1.5)).isEqualTo(4);
        assertThat(index.locate(50.01, -1.99)).isEqualTo(4);
    }

    @Test
    void a_point_outside_every_boundary_is_not_located() {
        var index = LocatorIndex.build(List.of(), List.of(area(4, RECTANGLE)));

        assertThat(index.locate(-1.5, 50.5)).isEqualTo(-1);
        assertThat(index.locate(51.5, -1.5)).isEqualTo(-1);
        assertThat(index.locate(50.5, 0.5)).isEqualTo(-1);
    }

    @Test
    void a_point_on_a_boundary_is_located() {
        var index = LocatorIndex.build(List.of(), List.of(area(4, RECTANGLE)));

        assertThat(index.locate(50, -1)).isEqualTo(4);
        assertThat(index.locate(51, -2)).isEqualTo(4);
    }

    @Test
    void a_point_in_a_hole_of_a_boundary_is_not_located() {
        var index = LocatorIndex.build(List.of(), List.of(
                area(4, "POLYGON ((-2 50, 0 50, 0 51, -2 51, -2 50), (-1.5 50.25, -0.5 50.25, -0.5 50.75, -1.5 50.75,"
                        + " -1.5 50.25))")));

        assertThat(index.locate(50.5, -1)).isEqualTo(-1);
        assertThat(index.locate(50.1, -1)).isEqualTo(4);
        assertThat(index.locate(50.5, -1.75)).isEqualTo(4);
    }

    @Test
    void a_point_in_any_part_of_a_multipolygon_is_located() {
        var index = LocatorIndex.build(List.of(), List.of(
                area(6, "MULTIPOLYGON (((-2 50, -1 50, -1 51, -2 51, -2 50)), ((1 50, 2 50, 2 51, 1 51, 1 50)))")));

        assertThat(index.locate(50.5, -1.5)).isEqualTo(6);
        assertThat(index.locate(50.5, 1.5)).isEqualTo(6);
        assertThat(index.locate(50.5, 0)).isEqualTo(-1);
    }

    @Test
    void each_point_is_located_in_the_boundary_that_holds_it() {
        var index = LocatorIndex.build(List.of(), List.of(
                area(9, "POLYGON ((-2 50, -1 50, -1 51, -2 51, -2 50))"),
                area(4, "POLYGON ((-1 50, 0 50, 0 51, -1 51, -1 50))"),
                area(12, "POLYGON ((-2 51, 0 51, -1 52, -2 51))")));

        assertThat(index.locate(50.5, -1.5)).isEqualTo(9);
        assertThat(index.locate(50.5, -0.5)).isEqualTo(4);
        assertThat(index.locate(51.5, -1)).isEqualTo(12);
        assertThat(index.locate(51.9, -1.9)).isEqualTo(-1);
        assertThat(index.boundaryCount()).isEqualTo(3);
    }

    @Test
    void a_point_on_an_edge_two_boundaries_share_goes_to_the_lower_id() {
        var index = LocatorIndex.build(List.of(), List.of(
                area(9, "POLYGON ((-2 50, -1 50, -1 51, -2 51, -2 50))"),
                area(4, "POLYGON ((-1 50, 0 50, 0 51, -1 51, -1 50))")));

        assertThat(index.locate(50.5, -1)).isEqualTo(4);
    }

    @Test
    void the_index_counts_its_full_postcodes_and_boundaries() {
        var index = LocatorIndex.build(List.of(coverage(1, "NS1 4AB"), coverage(2, "NS1 4AB"), coverage(2, "NS1"),
                coverage(3, "NS2 1AA")), List.of(area(1, RECTANGLE)));

        assertThat(index.postcodeCount()).isEqualTo(3);
        assertThat(index.boundaryCount()).isEqualTo(1);
    }

    @Test
    void an_empty_index_finds_nothing() {
        var index = LocatorIndex.empty();

        assertThat(index.byFullPostcode(postcode("NS1 4AB"))).isEmpty();
        assertThat(index.byOutwardCode("NS1")).isEmpty();
        assertThat(index.withinOutwardCode("NS1")).isEmpty();
        assertThat(index.locate(50.5, -1.5)).isEqualTo(-1);
        assertThat(index.postcodeCount()).isZero();
        assertThat(index.boundaryCount()).isZero();
    }

    private static LocatorIndex.Coverage coverage(long neighbourhoodId, String postcode) {
        return new LocatorIndex.Coverage(neighbourhoodId, postcode(postcode));
    }

    private static Postcode postcode(String text) {
        return Postcode.parse(text).orElseThrow();
    }

    private static LocatorIndex.Area area(long neighbourhoodId, String wkt) {
        try {
            Geometry boundary = new WKTReader().read(wkt);
            return new LocatorIndex.Area(neighbourhoodId, boundary);
        } catch (ParseException e) {
            throw new IllegalArgumentException(wkt, e);
        }
    }
}
