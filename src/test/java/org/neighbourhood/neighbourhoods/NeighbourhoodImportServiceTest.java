package org.neighbourhood.neighbourhoods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neighbourhood.SignedIn;
import org.neighbourhood.base.Messages;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class NeighbourhoodImportServiceTest {

    @Autowired
    NeighbourhoodImportService imports;

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    org.neighbourhood.security.Permissions permissions;

    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Autowired
    Messages messages;

    @BeforeEach
    void signInAsAdministrator() {
        SignedIn.as(securityContext, "admin", "ADMIN");
    }

    @AfterEach
    void signOut() {
        securityContext.clearContext();
    }

    @Test
    void only_an_administrator_may_import() {
        SignedIn.as(securityContext, "editor.riverside", "EDITOR");

        assertThatThrownBy(() -> imports.importCoverage(stream("postcode,neighbourhood\nNS1,riverside\n")))
                .isInstanceOf(org.springframework.security.authorization.AuthorizationDeniedException.class);
    }

    @Test
    void boundaries_and_coverage_load_and_are_found_at_once() {
        var report = imports.importBoundaries(stream(featureCollection(
                feature("test-meadow", "Test Meadow", square(10.0, 10.0, 0.1)))));
        assertThat(report.problems()).isEmpty();
        assertThat(report.created()).isEqualTo(1);

        var coverage = imports.importCoverage(stream("postcode,neighbourhood\nTM1 1AA,test-meadow\ntm2,test-meadow\n"));
        assertThat(coverage.problems()).isEmpty();

        assertThat(neighbourhoods.findByPostcode("tm11aa")).isInstanceOfSatisfying(LocateResult.Found.class,
                found -> assertThat(found.neighbourhood().slug()).isEqualTo("test-meadow"));
        assertThat(neighbourhoods.findByPostcode("TM2 7ZZ")).isInstanceOf(LocateResult.Found.class);
        assertThat(neighbourhoods.findByLocation(10.05, 10.05)).isInstanceOfSatisfying(LocateResult.Found.class,
                found -> assertThat(found.neighbourhood().name()).isEqualTo("Test Meadow"));
    }

    @Test
    void an_imported_summary_is_the_first_languages_description_and_its_translations_are_kept() {
        var slug = "test-summary-" + Long.toString(System.nanoTime(), 36);
        var before = featureCollection(feature(slug, "Test Summary", square(12.0, 12.0, 0.1))
                .replace("\"name\"", "\"summary\":\"A patch for the tests.\",\"name\""));
        assertThat(imports.importBoundaries(stream(before)).problems()).isEmpty();
        var id = neighbourhoods.findBySlug(slug).orElseThrow().id();
        var opened = neighbourhoods.editableContact(id);
        neighbourhoods.updateContact(id, opened.version(), opened.contact().withSummary("cy", "Darn i’r profion."));

        var again = before.replace("A patch for the tests.", "A patch the tests changed.");
        assertThat(imports.importBoundaries(stream(again)).problems()).isEmpty();

        var contact = neighbourhoods.editableContact(id).contact();
        assertThat(contact.summary("en")).isEqualTo("A patch the tests changed.");
        assertThat(contact.summary("cy")).isEqualTo("Darn i’r profion.");
    }

    @Test
    void a_file_with_bad_geometry_is_reported_by_line_and_nothing_of_it_is_loaded() {
        var bowTie = "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}";
        var json = featureCollection(
                feature("good-acre", "Good Acre", square(20.0, 20.0, 0.1)),
                "{\"type\":\"Feature\",\"properties\":{\"slug\":\"bow-tie\",\"name\":\"Bow Tie\"},\n\"geometry\":"
                        + bowTie + "}",
                "{\"type\":\"Feature\",\"properties\":{\"name\":\"No Slug\"},\"geometry\":" + square(1, 1, 1) + "}",
                "{\"type\":\"Feature\",\"properties\":{\"slug\":\"a-line\",\"name\":\"A line\"},"
                        + "\"geometry\":{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}}",
                feature("far-away", "Far Away", square(500.0, 20.0, 0.1)));

        var report = imports.importBoundaries(stream(json));

        assertThat(report.succeeded()).isFalse();
        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3, 5, 6, 7);
        assertThat(english(report.problems().get(0))).contains("bow-tie").contains("not a valid polygon");
        assertThat(english(report.problems().get(1))).contains("no “slug”");
        assertThat(english(report.problems().get(2))).contains("LineString");
        assertThat(english(report.problems().get(3))).contains("not longitude and latitude");
        assertThat(neighbourhoods.findBySlug("good-acre")).isEmpty();
    }

    @Test
    void a_file_that_is_not_json_is_refused_with_a_reason() {
        var report = imports.importBoundaries(stream("this is not json"));

        assertThat(report.succeeded()).isFalse();
        assertThat(english(report.problems().getFirst())).contains("not");
    }

    @Test
    void coverage_with_bad_rows_is_reported_by_line_and_the_old_coverage_stays() {
        var csv = """
                postcode,neighbourhood
                NS1 4AB,riverside
                not a postcode,riverside
                NS1 9ZZ,nowhere-at-all
                """;

        var report = imports.importCoverage(stream(csv));

        assertThat(report.problems()).extracting(ImportReport.Problem::line).containsExactly(3, 4);
        assertThat(english(report.problems().get(0))).contains("“not a postcode” is not a postcode");
        assertThat(english(report.problems().get(1))).contains("nowhere-at-all");
        assertThat(neighbourhoods.findByPostcode("NS2 1AA")).isInstanceOf(LocateResult.Found.class);
        assertThat(neighbourhoods.findByPostcode("NS1")).isInstanceOfSatisfying(LocateResult.Found.class,
                found -> assertThat(found.neighbourhood().slug()).isEqualTo("riverside"));
    }

    @Test
    void coverage_without_the_expected_columns_is_refused() {
        var report = imports.importCoverage(stream("code,area\nNS1,riverside\n"));

        assertThat(english(report.problems().getFirst())).contains("“postcode” and “neighbourhood”");
    }

    @Test
    void the_command_line_import_prints_every_problem_and_fails(@TempDir Path folder) throws Exception {
        var file = folder.resolve("coverage.csv");
        Files.writeString(file, "postcode,neighbourhood\nXX,riverside\n");
        var printed = new ByteArrayOutputStream();
        securityContext.clearContext();
        var command = new ImportCommand(imports, permissions, messages,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        command.run(new DefaultApplicationArguments("--import.coverage=" + file));

        assertThat(command.getExitCode()).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("Nothing was imported from " + file)
                .contains("line 2: “XX” is not a postcode or an outward code");
    }

    @Test
    void a_problem_reads_in_polish_for_the_polish_back_office() {
        var report = imports.importCoverage(stream("postcode,neighbourhood\nnot a postcode,riverside\n"));

        assertThat(report.problems().getFirst().describe(messages, Locale.of("pl")))
                .isEqualTo("wiersz 2: „not a postcode” nie jest kodem pocztowym ani jego pierwszą częścią");
    }

    private String english(ImportReport.Problem problem) {
        return problem.describe(messages, Locale.ENGLISH);
    }

    private static String featureCollection(String... features) {
        return "{\"type\":\"FeatureCollection\",\"features\":[\n" + String.join(",\n", features) + "\n]}";
    }

    private static String feature(String slug, String name, String geometry) {
        return "{\"type\":\"Feature\",\"properties\":{\"slug\":\"" + slug + "\",\"name\":\"" + name
                + "\"},\"geometry\":" + geometry + "}";
    }

    private static String square(double lng, double lat, double size) {
        return String.format(java.util.Locale.ROOT,
                "{\"type\":\"Polygon\",\"coordinates\":[[[%1$s,%2$s],[%3$s,%2$s],[%3$s,%4$s],[%1$s,%4$s],[%1$s,%2$s]]]}",
                lng, lat, lng + size, lat + size);
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
