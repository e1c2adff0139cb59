package org.neighbourhood.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.neighbourhood.neighbourhoods.ImportReport;
import org.neighbourhood.neighbourhoods.NeighbourhoodImportService;
import org.neighbourhood.neighbourhoods.NeighbourhoodService;
import org.neighbourhood.neighbourhoods.NeighbourhoodSummary;
import org.neighbourhood.base.Deployment;
import org.neighbourhood.events.EventService;
import org.neighbourhood.feedback.FeedbackDemo;
import org.neighbourhood.forums.ForumDemo;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.priorities.PriorityService;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.security.Role;
import org.neighbourhood.security.UserService;
import org.neighbourhood.officers.NewOfficer;
import org.neighbourhood.officers.OfficerService;
import org.neighbourhood.officers.OfficerText;
import org.neighbourhood.officers.Photo;
import org.neighbourhood.officers.Rank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills an empty database with the fictional force "Northshire Police": its neighbourhoods, their
 * boundaries and postcodes (through the same imports an administrator uses) and their officers.
 */
@Component
@Order(0)
@ConditionalOnProperty(name = "neighbourhood.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final NeighbourhoodService neighbourhoods;
    private final NeighbourhoodImportService imports;
    private static final String DEMO_PASSWORD = "demo";
    /** The neighbourhood whose team also writes in Welsh: its page can be read wholly in Welsh. */
    static final String WELSH_NEIGHBOURHOOD = "riverside";
    private static final List<String> DEMO_SIGN_INS = List.of("admin", "editor.riverside", "facilitator",
            "officer.riverside");
    /** The Riverside officer whose demo sign-in, officer.riverside, edits her own profile. */
    private static final String DEMO_OFFICER = "agnieszka-wroblewska";
    private static final String BIO = "bio.";
    private static final String ROLE = "role.";

    private final OfficerService officers;
    private final UserService users;
    private final Permissions permissions;
    private final PriorityService priorities;
    private final EventService events;
    private final UpdateService updates;
    private final ForumDemo forums;
    private final FeedbackDemo feedback;
    private final SeriesAdminService forumAdmin;
    private final Clock clock;
    private final boolean demoAccounts;

    DemoData(NeighbourhoodService neighbourhoods, NeighbourhoodImportService imports, OfficerService officers,
            UserService users, Permissions permissions, PriorityService priorities, EventService events,
            UpdateService updates, ForumDemo forums, FeedbackDemo feedback, SeriesAdminService forumAdmin,
            Clock clock, Deployment deployment, @Value("${neighbourhood.demo-accounts:false}") boolean demoAccounts,
            @Value("${neighbourhood.first-admin.username:}") String firstAdministrator) {
        this.permissions = permissions;
        this.priorities = priorities;
        this.events = events;
        this.updates = updates;
        this.forums = forums;
        this.feedback = feedback;
        this.forumAdmin = forumAdmin;
        this.neighbourhoods = neighbourhoods;
        this.imports = imports;
        this.officers = officers;
        this.users = users;
        this.clock = clock;
        // Only the demo has them, and not even the demo once a real first administrator is asked for: the
        // two together would leave a known password beside the one the operator chose.
        this.demoAccounts = deployment.isDemo() && demoAccounts && firstAdministrator.isBlank();
    }

    @Override
    public void run(ApplicationArguments arguments) throws IOException {
        if (arguments.getOptionNames().stream().anyMatch(name -> name.startsWith("import."))) {
            return;
        }
        if (neighbourhoods.findAll().isEmpty()) {
            permissions.runAsSystem("demo-data", this::loadNeighbourhoodsAndOfficers);
            permissions.runAsSystem("demo-data", () -> {
                DemoPriorities.load(neighbourhoods.findAll(), priorities, clock);
                DemoEvents.load(neighbourhoods.findAll(), events, clock);
                DemoUpdates.load(neighbourhoods.findAll(), updates);
                forums.load();
                feedback.load(neighbourhoods.findAll(), WELSH_NEIGHBOURHOOD);
            });
        }
        if (demoAccounts) {
            permissions.runAsSystem("demo-data", () -> {
                loadAccounts();
                announceAccounts();
            });
        }
    }

    private void loadNeighbourhoodsAndOfficers() {
        try (var boundaries = new ClassPathResource("demo/northshire-boundaries.geojson").getInputStream();
                var coverage = new ClassPathResource("demo/northshire-postcodes.csv").getInputStream()) {
            require(imports.importBoundaries(boundaries));
            require(imports.importCoverage(coverage));
            DemoNeighbourhoods.translate(neighbourhoods);
            loadOfficers();
        } catch (IOException e) {
            throw new UncheckedIOException("The demo data cannot be read", e);
        }
        log.info("Loaded the fictional Northshire Police demo data");
    }

    /** The demo sign-ins listed in the README, each with the password "demo"; only on an empty account table. */
    private void loadAccounts() {
        if (!users.findAll().isEmpty()) {
            return;
        }
        var riverside = neighbourhoods.findBySlugs(List.of("riverside")).stream()
                .map(NeighbourhoodSummary::id).collect(Collectors.toSet());
        users.createDemoAccount("admin", "Demo Administrator", Set.of(Role.ADMIN), Set.of(), null);
        users.createDemoAccount("editor.riverside", "Demo Riverside Editor", Set.of(Role.EDITOR), riverside, null);
        var facilitator = users.createDemoAccount("facilitator", "Demo Facilitator", Set.of(Role.FACILITATOR),
                Set.of(), null).user().id();
        for (var series : forumAdmin.managedSeries()) {
            forumAdmin.assignFacilitators(series.id(), series.version(), Set.of(facilitator));
        }
        // No role: the link to her profile is what lets her in, to edit that profile and nothing else.
        officers.findBySlug(DEMO_OFFICER).ifPresent(officer -> users.createDemoAccount("officer.riverside",
                officer.name(), Set.of(), Set.of(), officer.id()));
    }

    /** One line at every start while the demo sign-ins exist, not only when they are made. */
    private void announceAccounts() {
        if (users.findAll().stream().anyMatch(user -> DEMO_SIGN_INS.contains(user.username()))) {
            log.warn("Demo mode: anyone can sign in as {} with the password \"{}\"; never expose this portal",
                    String.join(", ", DEMO_SIGN_INS), DEMO_PASSWORD);
        }
    }

    private void loadOfficers() throws IOException {
        var format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (var reader = new InputStreamReader(new ClassPathResource("demo/officers.csv").getInputStream(),
                StandardCharsets.UTF_8); var parser = format.parse(reader)) {
            for (var row : parser) {
                var rank = Rank.valueOf(row.get("rank"));
                var name = row.get("name");
                var titled = rank.abbreviation().isEmpty() ? name : rank.abbreviation() + " " + name;
                var photo = new Photo("image/svg+xml", DemoPortraits.portrait(name),
                        "Illustration standing in for a photo of " + titled, clock.instant());
                officers.create(new NewOfficer(name, rank, row.get("team"), texts(row),
                        split(row.get("languages")), split(row.get("neighbourhoods")), photo));
            }
        }
    }

    /**
     * The columns role.en, role.pl, … and bio.en, bio.pl, … hold the officer's role and story in each language;
     * | starts a new paragraph of a story.
     */
    private static Map<String, OfficerText> texts(CSVRecord row) {
        var roles = columns(row, ROLE);
        var bios = columns(row, BIO);
        var texts = new HashMap<String, OfficerText>();
        var languages = new HashSet<>(roles.keySet());
        languages.addAll(bios.keySet());
        for (var language : languages) {
            var bio = bios.get(language);
            texts.put(language, new OfficerText(roles.get(language), bio == null ? null : bio.replace("|", "\n")));
        }
        return texts;
    }

    private static Map<String, String> columns(CSVRecord row, String prefix) {
        var written = new HashMap<String, String>();
        row.toMap().forEach((column, text) -> {
            if (column.startsWith(prefix) && !text.isBlank()) {
                written.put(column.substring(prefix.length()), text);
            }
        });
        return written;
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static void require(ImportReport report) {
        if (!report.succeeded()) {
            throw new IllegalStateException("The demo data does not import: " + report.problems());
        }
    }
}
