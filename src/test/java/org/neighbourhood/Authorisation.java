package org.neighbourhood;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.provider.Arguments;
import org.neighbourhood.neighbourhoods.NeighbourhoodImportService;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.officers.NewOfficer;
import org.neighbourhood.officers.OfficerService;
import org.neighbourhood.officers.OfficerText;
import org.neighbourhood.officers.Rank;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.Role;
import org.neighbourhood.security.UserService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

/**
 * The machinery of a role × operation table. A world of its own — two neighbourhoods, three officers and an
 * account for each kind of user — made once per application context, so that the tables change no demo data
 * that other tests read and pass in any order. A row signs its actor in and attempts the operation: a refused
 * row must meet {@link AccessDeniedException} (or, signed in as nobody, an {@link AuthenticationException}); then, as an administrator, the row's outcome check is told
 * whether the attempt was allowed and proves that the change is there exactly then.
 */
@Component
public final class Authorisation {

    /** Who attempts an operation. */
    public enum Actor {
        ADMIN("ADMIN"),
        /** An editor of the world's own neighbourhood only. */
        EDITOR("EDITOR"),
        /** A facilitator, assigned to the series a test makes theirs. */
        FACILITATOR("FACILITATOR"),
        /** An account with no role, linked to the world's own officer: it may edit that profile and nothing else. */
        OFFICER(Permissions.LINKED_OFFICER_ROLE),
        ANONYMOUS(null);

        private final @Nullable String role;

        Actor(@Nullable String role) {
            this.role = role;
        }
    }

    /**
     * What a row acts on, from the actor's side: their own (their neighbourhood, their series, their profile),
     * another officer of their own team, or someone else's.
     */
    public enum Target {
        OWN, TEAM, OTHERS
    }

    /** The arguments of one row: operation, actor, target, whether it is allowed. */
    public record Row(Actor actor, Target target, boolean allowed) {

        public static Row allowed(Actor actor, Target target) {
            return new Row(actor, target, true);
        }

        public static Row refused(Actor actor, Target target) {
            return new Row(actor, target, false);
        }
    }

    /** The rows of a neighbourhood's content: its own editors and administrators, nobody else. */
    public static final List<Row> NEIGHBOURHOOD_CONTENT = List.of(
            Row.allowed(Actor.ADMIN, Target.OTHERS),
            Row.allowed(Actor.EDITOR, Target.OWN),
            Row.refused(Actor.EDITOR, Target.OTHERS),
            Row.refused(Actor.FACILITATOR, Target.OWN),
            Row.refused(Actor.OFFICER, Target.OWN),
            Row.refused(Actor.ANONYMOUS, Target.OWN));

    /** The rows of what only an administrator may do. */
    public static final List<Row> ADMINISTRATORS_ONLY = List.of(
            Row.allowed(Actor.ADMIN, Target.OTHERS),
            Row.refused(Actor.EDITOR, Target.OWN),
            Row.refused(Actor.FACILITATOR, Target.OWN),
            Row.refused(Actor.OFFICER, Target.OWN),
            Row.refused(Actor.ANONYMOUS, Target.OWN));

    /** Every operation with its rows, as the arguments (operation, actor, target, allowed) of a parameterized test. */
    public static <O> Stream<Arguments> table(O[] operations, Function<O, List<Row>> rows) {
        return Stream.of(operations).flatMap(operation -> rows.apply(operation).stream()
                .map(row -> Arguments.of(operation, row.actor(), row.target(), row.allowed())));
    }

    /** Every operation with the same rows. */
    public static <O> Stream<Arguments> table(O[] operations, List<Row> rows) {
        return table(operations, operation -> rows);
    }

    private final SecurityContextHolderStrategy security;
    private final Permissions permissions;
    private final NeighbourhoodImportService imports;
    private final NeighbourhoodService neighbourhoods;
    private final OfficerService officers;
    private final UserService users;
    private @Nullable World world;

    Authorisation(SecurityContextHolderStrategy security, Permissions permissions, NeighbourhoodImportService imports,
            NeighbourhoodService neighbourhoods, OfficerService officers, UserService users) {
        this.security = security;
        this.permissions = permissions;
        this.imports = imports;
        this.neighbourhoods = neighbourhoods;
        this.officers = officers;
        this.users = users;
    }

    /** The table's own neighbourhoods, officers and accounts. */
    public record World(long ownNeighbourhood, long otherNeighbourhood, long ownOfficer, long teamOfficer,
            long otherOfficer, String admin, String editor, String facilitator, String officer,
            long editorId, long facilitatorId) {

        public long neighbourhood(Target target) {
            return target == Target.OTHERS ? otherNeighbourhood : ownNeighbourhood;
        }

        public long officer(Target target) {
            return switch (target) {
                case OWN -> ownOfficer;
                case TEAM -> teamOfficer;
                case OTHERS -> otherOfficer;
            };
        }

        @Nullable String username(Actor actor) {
            return switch (actor) {
                case ADMIN -> admin;
                case EDITOR -> editor;
                case FACILITATOR -> facilitator;
                case OFFICER -> officer;
                case ANONYMOUS -> null;
            };
        }
    }

    public synchronized World world() {
        if (world == null) {
            var made = new World[1];
            permissions.runAsSystem("authorisation-tests", () -> made[0] = build());
            world = made[0];
        }
        return world;
    }

    /** Signs the actor in; nobody for {@link Actor#ANONYMOUS}. */
    public void signIn(Actor actor) {
        security.clearContext();
        var username = world().username(actor);
        if (username != null && actor.role != null) {
            SignedIn.as(security, username, actor.role);
        }
    }

    /** Runs work as the world's administrator, as a test sets up what a row acts on. */
    public <T> T asAdmin(java.util.function.Supplier<T> work) {
        var previous = security.getContext();
        signIn(Actor.ADMIN);
        try {
            return work.get();
        } finally {
            security.setContext(previous);
        }
    }

    /**
     * One row: the actor attempts; refused, they must meet {@link AccessDeniedException}. Then {@code outcome},
     * run as an administrator, is told whether the attempt was allowed and checks that the change is there
     * exactly then. Leaves nobody signed in.
     */
    public void attempt(Actor actor, boolean allowed, ThrowingCallable attempt, Consumer<Boolean> outcome) {
        signIn(actor);
        try {
            if (allowed) {
                assertThatCode(attempt).as(actor + " may").doesNotThrowAnyException();
            } else {
                // Nobody signed in meets @PreAuthorize's AuthenticationCredentialsNotFoundException instead.
                assertThatThrownBy(attempt).as(actor + " may not")
                        .isInstanceOfAny(AccessDeniedException.class, AuthenticationException.class);
            }
            signIn(Actor.ADMIN);
            outcome.accept(allowed);
        } finally {
            security.clearContext();
        }
    }

    /** For an operation that only reads: its attempt asserts what it read, and nothing is left to check. */
    public static Consumer<Boolean> readOnly() {
        return allowed -> {
        };
    }

    /** A small real picture, for the operations that upload one. */
    public static byte[] picture() {
        var image = new java.awt.image.BufferedImage(120, 120, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private World build() {
        var suffix = Long.toString(System.nanoTime(), 36);
        var own = "authz-own-" + suffix;
        var other = "authz-other-" + suffix;
        // Far from Northshire, so that no postcode or location another test looks up lands here.
        double lng = 60 + (System.nanoTime() % 1000) / 100.0;
        var report = imports.importBoundaries(new ByteArrayInputStream(("{\"type\":\"FeatureCollection\","
                + "\"features\":[" + feature(own, "Authz Own " + suffix, lng, 10) + ","
                + feature(other, "Authz Other " + suffix, lng, 10.01) + "]}").getBytes(StandardCharsets.UTF_8)));
        if (!report.succeeded()) {
            throw new IllegalStateException("The authorisation world's boundaries: " + report.problems());
        }
        long ownId = neighbourhoods.findBySlug(own).orElseThrow().id();
        long otherId = neighbourhoods.findBySlug(other).orElseThrow().id();
        long ownOfficer = officer("Authz Own Officer " + suffix, own);
        long teamOfficer = officer("Authz Team Officer " + suffix, own);
        long otherOfficer = officer("Authz Other Officer " + suffix, other);
        var admin = account("authz.admin." + suffix, Set.of(Role.ADMIN), Set.of(), null);
        var editor = account("authz.editor." + suffix, Set.of(Role.EDITOR), Set.of(ownId), null);
        var facilitator = account("authz.facilitator." + suffix, Set.of(Role.FACILITATOR), Set.of(), null);
        var officer = account("authz.officer." + suffix, Set.of(), Set.of(), ownOfficer);
        return new World(ownId, otherId, ownOfficer, teamOfficer, otherOfficer, admin, editor, facilitator, officer,
                accountId(editor), accountId(facilitator));
    }

    private long accountId(String username) {
        return users.findAll().stream().filter(u -> u.username().equals(username)).findFirst().orElseThrow().id();
    }

    private long officer(String name, String neighbourhoodSlug) {
        return officers.create(new NewOfficer(name, Rank.CONSTABLE, "Authz team",
                java.util.Map.of("en", new OfficerText("Neighbourhood officer", "Walks the beat.")), List.of("en"), List.of(neighbourhoodSlug),
                null)).id();
    }

    private String account(String username, Set<Role> roles, Set<Long> neighbourhoodIds, @Nullable Long officer) {
        return users.create(username, username, null, roles, neighbourhoodIds, officer, null).user().username();
    }

    private static String feature(String slug, String name, double lng, double lat) {
        return String.format(Locale.ROOT, "{\"type\":\"Feature\",\"properties\":{\"slug\":\"%s\",\"name\":\"%s\"},"
                + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[[%3$s,%4$s],[%5$s,%4$s],[%5$s,%6$s],"
                + "[%3$s,%6$s],[%3$s,%4$s]]]}}", slug, name, lng, lat, lng + 0.005, lat + 0.005);
    }
}
