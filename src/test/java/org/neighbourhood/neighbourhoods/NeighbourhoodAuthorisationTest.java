package org.neighbourhood.neighbourhoods;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.neighbourhood.Authorisation;
import org.neighbourhood.Authorisation.Actor;
import org.neighbourhood.Authorisation.Target;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Neighbourhoods themselves — contact details, boundaries and postcode coverage — are an administrator's to
 * change: not even the team's own editors change them.
 */
@SpringBootTest
class NeighbourhoodAuthorisationTest {

    @Autowired
    NeighbourhoodService neighbourhoods;

    @Autowired
    NeighbourhoodImportService imports;

    @Autowired
    Authorisation authorisation;

    @Autowired
    SecurityContextHolderStrategy security;

    @AfterEach
    void signOut() {
        security.clearContext();
    }

    enum Operation {
        CHANGE_CONTACT, READ_CONTACT_FOR_EDITING, IMPORT_BOUNDARIES, IMPORT_COVERAGE
    }

    static Stream<Arguments> roles_times_operations() {
        return Authorisation.table(Operation.values(), Authorisation.ADMINISTRATORS_ONLY.stream()
                .map(row -> new Authorisation.Row(row.actor(), Target.OWN, row.allowed())).toList());
    }

    @ParameterizedTest(name = "{1} {0} on {2}: allowed {3}")
    @MethodSource("roles_times_operations")
    void only_administrators_change_a_neighbourhood(Operation operation, Actor actor, Target target,
            boolean allowed) {
        long id = authorisation.world().neighbourhood(target);
        var before = authorisation.asAdmin(() -> neighbourhoods.editableContact(id));
        var phone = "01632 " + (System.nanoTime() % 1_000_000);
        var slug = "authz-import-" + Long.toString(System.nanoTime(), 36);
        var postcode = outwardCode() + " 1AA";

        ThrowingCallable attempt = switch (operation) {
            case CHANGE_CONTACT -> () -> neighbourhoods.updateContact(id, before.version(),
                    new NeighbourhoodService.Contact(before.contact().texts(), before.contact().email(), phone,
                            before.contact().links()).withSummary("cy", "Cymdogaeth " + phone));
            case READ_CONTACT_FOR_EDITING -> () -> assertThat(neighbourhoods.editableContact(id).version())
                    .isEqualTo(before.version());
            case IMPORT_BOUNDARIES -> () -> assertThat(imports.importBoundaries(stream("{\"type\":\"FeatureCollection\","
                    + "\"features\":[{\"type\":\"Feature\",\"properties\":{\"slug\":\"" + slug + "\",\"name\":\"Authz "
                    + slug + "\"},\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[70,20],[70.001,20],"
                    + "[70.001,20.001],[70,20.001],[70,20]]]}}]}")).succeeded()).isTrue();
            case IMPORT_COVERAGE -> () -> assertThat(imports.importCoverage(stream("postcode,neighbourhood\n"
                    + postcode + "," + neighbourhoods.findByIds(List.of(id)).getFirst().slug() + "\n")).succeeded())
                    .isTrue();
        };
        Consumer<Boolean> outcome = switch (operation) {
            case CHANGE_CONTACT -> done -> {
                var contact = neighbourhoods.editableContact(id).contact();
                assertThat(contact.phone()).isEqualTo(done ? phone : before.contact().phone());
                assertThat(contact.summary("cy")).isEqualTo(done ? "Cymdogaeth " + phone
                        : before.contact().summary("cy"));
            };
            case READ_CONTACT_FOR_EDITING -> Authorisation.readOnly();
            case IMPORT_BOUNDARIES -> done -> assertThat(neighbourhoods.findBySlug(slug).isPresent()).isEqualTo(done);
            case IMPORT_COVERAGE -> done -> assertThat(neighbourhoods.findByPostcode(postcode))
                    .isInstanceOf(done ? LocateResult.Found.class : LocateResult.NotCovered.class);
        };
        authorisation.attempt(actor, allowed, attempt, outcome);
    }

    /** An outward code far from Northshire's, new to this run. */
    private static String outwardCode() {
        long n = System.nanoTime();
        return String.format(Locale.ROOT, "Z%c%d%c", (char) ('A' + n % 26), (n / 26) % 10,
                (char) ('A' + (n / 260) % 26));
    }

    private static ByteArrayInputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
