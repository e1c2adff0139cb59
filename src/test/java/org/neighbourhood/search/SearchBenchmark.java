package org.neighbourhood.search;

import static org.neighbourhood.Benchmarks.seconds;
import static org.neighbourhood.Benchmarks.usedHeapAfterGc;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.neighbourhood.Application;
import org.neighbourhood.Benchmarks;
import org.neighbourhood.security.Permissions;
import org.neighbourhood.updates.UpdateContent;
import org.neighbourhood.updates.UpdateService;
import org.neighbourhood.updates.UpdateText;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Measures the portal's full-text search at the size of a large force: by default 500,000 public documents
 * (5,000 neighbourhoods, the rest published updates, each written in English and Polish), generated from a fixed
 * seed, so every run searches the same text. Run with {@code ./mvnw -Pbenchmark-search}; another size with
 * {@code -Dsearch.documents=20000} (or 1000000: the rebuild alone then takes about a quarter of an hour on two
 * cores), another number of measured queries with {@code -Dsearch.queries}.
 *
 * <p>The whole application is started (on a free port, which nothing is sent to) on a fresh H2 file database and a fresh index, both in a
 * temporary folder deleted at the end, with no demo data. What is measured:
 * <ul>
 * <li>insert: the rows written with plain JDBC batches, as an import would, bypassing Hibernate (so nothing is
 * indexed yet); only to say how long the set-up took;</li>
 * <li>indexing: {@link SearchIndex#rebuild()} called as an administrator, the mass indexer as the back office
 * runs it, from the start to the index being whole; documents per second over that time;</li>
 * <li>index size: the bytes of all files under the index root after the rebuild;</li>
 * <li>heap: used heap after full GCs once the index is built, the application and its caches included;</li>
 * <li>queries: {@link SearchService#search} as a visitor's search runs it (one page of hits with highlighting and
 * both facet counts, three Lucene queries), each call timed on its own with {@link System#nanoTime()} after a
 * warm-up on other queries; a mix of common words, rare words, typos, word starts and Polish forms, asked in
 * English and in Polish; on one thread, then the same queries shared by two threads. GC pauses are not left out;
 * </li>
 * <li>freshness: an update created and published through {@link UpdateService} as an administrator, timed from the
 * call to publish until a search through {@link SearchService} finds it.</li>
 * </ul>
 */
final class SearchBenchmark {

    private static final long SEED = 20_251_202L;

    private static final long DOCUMENTS = Long.getLong("search.documents", 1_000_000L);
    private static final int QUERIES = Integer.getInteger("search.queries", 1_000);
    private static final int WARM_UP = Integer.getInteger("search.warm-up", Math.max(100, QUERIES / 3));
    private static final int NEIGHBOURHOODS = (int) Math.min(5_000, Math.max(10, DOCUMENTS / 20));
    private static final int FRESHNESS_TRIES = 5;
    private static final int BATCH = 1_000;

    private static final double TARGET_P95_MS = 20;
    private static final double TARGET_FRESHNESS_MS = 1_000;

    // Word lists the documents are written from. Place and shop names are made of syllables, so that there are
    // many of them and each is rare; the topics are common and written in several forms in Polish.

    private static final String[] PLACE_STARTS = {"Ash", "Brook", "Elm", "Oak", "King", "Queen", "Mill", "Hill",
        "Church", "Market", "River", "Stone", "West", "East", "North", "South", "Green", "Fair", "Long", "High",
        "Red", "White", "Black", "Holly", "Rose", "Wood", "Marsh", "Bridge", "Castle", "Abbey", "Lark", "Swan",
        "Fox", "Deer", "Hawk", "Wren", "Birch", "Willow", "Cedar", "Thorn"};
    private static final String[] PLACE_ENDS = {"field", "ford", "ton", "bury", "wick", "ley", "ham", "worth",
        "gate", "side", "dale", "mere", "wood", "moor", "cross", "stead", "borough", "combe", "thorpe", "haven"};
    private static final String[] PLACE_PARTS = {"Central", "North", "South", "East", "West", "Village",
        "Estate", "Town Centre"};
    private static final String[] STREET_NAMES = {"Victoria", "Albert", "George", "Nelson", "Wellington",
        "Cromwell", "Chaucer", "Darwin", "Milton", "Station", "Church", "Mill", "Park", "School", "Manor", "Orchard",
        "Kings", "Queens", "Bridge", "Castle", "Meadow", "Granville", "Tennyson", "Shelley", "Byron", "Jubilee",
        "Coronation", "Windsor", "Princes", "Alexandra"};
    private static final String[] STREET_KINDS = {"Street", "Road", "Lane", "Avenue", "Close", "Crescent", "Way",
        "Drive", "Gardens", "Terrace"};
    private static final String[] SYLLABLES = {"bra", "ken", "mor", "tal", "vin", "dor", "sel", "wyn", "har",
        "lo", "mer", "cas", "tor", "ril", "fen", "gal", "ber", "nith", "quin", "zel"};

    /** A topic in English and in the Polish cases the sentences need: nominative, genitive, locative, instrumental. */
    private record Topic(String en, String enPlural, String nom, String gen, String loc, String ins) {
    }

    private static final Topic[] TOPICS = {
        new Topic("bike theft", "bikes stolen", "Kradzież roweru", "kradzieży roweru", "kradzieży roweru",
                "kradzieżą roweru"),
        new Topic("burglary", "burglaries", "Włamanie", "włamania", "włamaniu", "włamaniem"),
        new Topic("car break-in", "cars broken into", "Włamanie do samochodu", "włamania do samochodu",
                "włamaniu do samochodu", "włamaniem do samochodu"),
        new Topic("shoplifting", "shops targeted", "Kradzież sklepowa", "kradzieży sklepowej",
                "kradzieży sklepowej", "kradzieżą sklepową"),
        new Topic("speeding", "speeding drivers", "Przekraczanie prędkości", "przekraczania prędkości",
                "przekraczaniu prędkości", "przekraczaniem prędkości"),
        new Topic("antisocial behaviour", "incidents of antisocial behaviour", "Zachowanie aspołeczne",
                "zachowania aspołecznego", "zachowaniu aspołecznym", "zachowaniem aspołecznym"),
        new Topic("drug dealing", "drug deals", "Handel narkotykami", "handlu narkotykami", "handlu narkotykami",
                "handlem narkotykami"),
        new Topic("vandalism", "vandalised cars", "Wandalizm", "wandalizmu", "wandalizmie", "wandalizmem"),
        new Topic("catalytic converter theft", "catalytic converters stolen", "Kradzież katalizatora",
                "kradzieży katalizatora", "kradzieży katalizatora", "kradzieżą katalizatora"),
        new Topic("fly-tipping", "piles of dumped rubbish", "Nielegalne wysypisko śmieci",
                "nielegalnego wysypiska śmieci", "nielegalnym wysypisku śmieci", "nielegalnym wysypiskiem śmieci"),
        new Topic("phone scam", "scam calls", "Oszustwo telefoniczne", "oszustwa telefonicznego",
                "oszustwie telefonicznym", "oszustwem telefonicznym"),
        new Topic("community meeting", "community meetings", "Spotkanie mieszkańców", "spotkania mieszkańców",
                "spotkaniu mieszkańców", "spotkaniem mieszkańców"),
        new Topic("street patrol", "patrols", "Patrol uliczny", "patrolu ulicznego", "patrolu ulicznym",
                "patrolem ulicznym"),
        new Topic("motorbike theft", "motorbikes stolen", "Kradzież motocykla", "kradzieży motocykla",
                "kradzieży motocykla", "kradzieżą motocykla"),
        new Topic("knife crime", "knives seized", "Przestępstwo z użyciem noża", "przestępstwa z użyciem noża",
                "przestępstwie z użyciem noża", "przestępstwem z użyciem noża"),
        new Topic("graffiti", "graffiti tags", "Graffiti", "graffiti", "graffiti", "graffiti"),
    };

    private static final String[] EN_TITLES = {"%s on %s", "%s reported near %s", "Arrest after %s in %s",
        "Update on %s in %s", "Residents warned about %s on %s", "Police appeal: %s near %s"};
    private static final String[] PL_TITLES = {"%s przy %s", "%s w okolicy %s", "Aresztowanie po %s w %s",
        "Informacja o %s w %s", "Mieszkańcy ostrzegani przed %s przy %s", "Apel policji po %s w okolicy %s"};

    /** English sentences; {0} street, {1} place, {2} topic, {3} topic in the plural, {4} number, {5} name. */
    private static final String[] EN_SENTENCES = {
        "Officers were called to {0} on Tuesday evening after reports of {2}.",
        "We have had {4} reports of {3} in {1} over the last fortnight.",
        "A man was arrested near {0} and has been released on bail while enquiries continue.",
        "Please lock your bike to a fixed stand and register its frame number with the national database.",
        "If you saw anything suspicious around {0}, call 101 or report it online, quoting the crime reference.",
        "Our team will hold a street surgery outside the {5} Arms on {0} next Saturday from 10am.",
        "Thank you to the residents of {1} who shared doorbell camera footage with us.",
        "Patrols around the park and the school gates have been increased in the evenings.",
        "Neighbourhood Watch volunteers in {1} will be handing out free property marking kits.",
        "The {5} family who run the corner shop on {0} have helped us identify the suspects.",
        "Drivers are reminded that the speed limit on {0} is 20 mph near the primary school.",
        "Stolen items, including {4} bicycles and a mobility scooter, have been returned to their owners.",
        "Community support officers will be knocking on doors along {0} this week.",
        "Anyone with information about {2} can also contact Crimestoppers anonymously.",
        "The council has agreed to install new street lighting and CCTV near the underpass.",
        "We discussed {2} at the last community meeting in {1} and agreed it remains a priority.",
    };
    /** Polish sentences, with the same placeholders; {6} topic genitive, {7} topic locative. */
    private static final String[] PL_SENTENCES = {
        "Funkcjonariusze zostali wezwani na {0} we wtorek wieczorem po zgłoszeniu {6}.",
        "W ciągu ostatnich dwóch tygodni otrzymaliśmy {4} zgłoszeń w dzielnicy {1}.",
        "Mężczyzna został zatrzymany w pobliżu {0}; policja prowadzi dalsze czynności.",
        "Prosimy przypinać rower do stałego stojaka i zarejestrować numer ramy roweru w krajowej bazie.",
        "Ze zgłoszeń wynika, że złodzieje rowerów działają głównie nocą; kilku mieszkańców straciło rowery.",
        "Jeśli widzieli Państwo coś podejrzanego przy {0}, prosimy dzwonić pod numer 101.",
        "Nasz zespół będzie dyżurował przed pubem {5} Arms przy {0} w najbliższą sobotę od 10.",
        "Dziękujemy mieszkańcom dzielnicy {1}, którzy udostępnili nam nagrania z kamer.",
        "Patrole w okolicy parku i szkoły zostały wzmocnione w godzinach wieczornych.",
        "Rodzina {5}, która prowadzi sklep przy {0}, pomogła policji ustalić sprawców kradzieży.",
        "Przypominamy kierowcom, że przy szkole na {0} obowiązuje ograniczenie prędkości do 20 mil na godzinę.",
        "Skradzione przedmioty, w tym {4} rowerów i skuter, wróciły do właścicieli.",
        "Złodziej odjechał skradzionym rowerem w stronę dworca; świadkowie widzieli go przy {0}.",
        "Rozmawialiśmy o {7} na ostatnim spotkaniu mieszkańców i ustaliliśmy, że to nadal priorytet.",
        "Po serii włamań do samochodów prosimy nie zostawiać w nich wartościowych rzeczy.",
        "Rada dzielnicy zgodziła się zamontować nowe oświetlenie i monitoring przy przejściu podziemnym.",
        "Informacje o kradzieży można przekazać anonimowo; każda kradzież jest dla nas ważna.",
    };

    private static final String[] EN_COMMON = {"theft", "bike", "burglary", "police", "residents", "speeding",
        "community", "stolen", "car", "park", "school", "patrol", "drugs", "meeting", "bike theft",
        "community meeting", "car break-in", "street lighting", "antisocial behaviour", "scam"};
    private static final String[] EN_LONG_WORDS = {"burglary", "residents", "speeding", "community", "stolen",
        "patrols", "vandalism", "shoplifting", "neighbourhood", "officers", "catalytic", "converter", "graffiti",
        "motorbike", "information", "suspicious", "volunteers", "lighting", "underpass", "arrested"};
    private static final String[] PL_FORMS = {"rower", "rowerem", "rowerów", "roweru", "rowery", "kradzież",
        "kradzieży", "kradzieżą", "włamanie", "włamania", "włamań", "samochodu", "samochodów", "mieszkańców",
        "mieszkańcom", "policji", "złodziej", "złodzieje", "spotkaniu", "patrolu", "wandalizmem", "oszustwie"};
    private static final String[] PL_LONG_WORDS = {"kradzieży", "włamania", "mieszkańców", "samochodu", "rowerów",
        "spotkaniu", "prędkości", "zgłoszeniu", "dzielnicy", "funkcjonariusze", "monitoring", "oświetlenie",
        "katalizatora", "narkotykami", "wandalizmu", "telefonicznym"};

    private enum Kind {
        COMMON("common word"), RARE("rare word"), TYPO("typo"), PREFIX("word start"), POLISH("Polish form");

        final String label;

        Kind(String label) {
            this.label = label;
        }
    }

    private record Query(Kind kind, String text, Locale locale) {
    }

    private record Run(String name, long[] nanos, Kind[] kinds, long[] totals, double seconds) {

        double qps() {
            return nanos.length / seconds;
        }
    }

    /** Results of the calls end up here, so that nothing can be left out. */
    static volatile long sink;

    private SearchBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        var runtime = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "Search benchmark: Java %s, %d processors, max heap %d MB, GC %s%n",
                System.getProperty("java.version"), runtime.availableProcessors(), runtime.maxMemory() >> 20,
                ManagementFactory.getGarbageCollectorMXBeans().stream().map(b -> b.getName()).toList());
        var folder = Files.createTempDirectory("search-benchmark");
        var indexRoot = folder.resolve("index");
        try (var context = start(folder, indexRoot)) {
            run(context, indexRoot, started);
        } finally {
            Benchmarks.delete(folder);
        }
    }

    private static ConfigurableApplicationContext start(Path folder, Path indexRoot) {
        String[] properties = {
            "--spring.profiles.active=demo",
            "--spring.datasource.url=jdbc:h2:file:" + folder.resolve("db").toAbsolutePath()
                    + ";MODE=MariaDB;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "--neighbourhood.demo-data=false",
            "--neighbourhood.demo-accounts=false",
            "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem",
            "--spring.jpa.properties.hibernate.search.backend.directory.root=" + indexRoot.toAbsolutePath(),
            "--neighbourhood.search.wait-for-index=true",
            "--neighbourhood.mail.poll-interval=3650d",
            "--neighbourhood.mail.local-port=0",
            "--neighbourhood.forums.reminder-check=3650d",
            // The web application as it runs (its security needs it), on a free port nobody is sent to.
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.org.neighbourhood.search=INFO",
        };
        return new SpringApplicationBuilder(Application.class)
                // The test classpath holds the tests' own beans (a frozen clock among them): the portal runs
                // without them, as it does in production.
                .initializers(context -> context.getBeanFactory().registerSingleton("searchBenchmarkExclusions",
                        new Benchmarks.MainBeansOnly()))
                .run(properties);
    }

    private static void run(ConfigurableApplicationContext context, Path indexRoot, long started) throws Exception {
        var search = context.getBean(SearchService.class);
        var index = context.getBean(SearchIndex.class);
        var permissions = context.getBean(Permissions.class);
        var clock = context.getBean(Clock.class);
        var random = new Random(SEED);

        long start = System.nanoTime();
        var words = insert(context.getBean(DataSource.class), random, clock.instant());
        double insertSeconds = seconds(start);
        System.out.printf(Locale.ROOT, "Input: %,d documents (%,d neighbourhoods, %,d published updates, each in"
                + " English and Polish), %,d rows written with JDBC batches in %.1f s%n", DOCUMENTS, NEIGHBOURHOODS,
                DOCUMENTS - NEIGHBOURHOODS, words.rows, insertSeconds);

        var rebuild = new AtomicReference<java.util.concurrent.CompletableFuture<?>>();
        start = System.nanoTime();
        permissions.runAsSystem("search-benchmark", () -> rebuild.set(index.rebuild()));
        rebuild.get().join();
        double indexSeconds = seconds(start);
        long indexed = search.search(SearchRequest.of("police"), Locale.ENGLISH).total();
        long indexBytes = size(indexRoot);
        long heap = usedHeapAfterGc();
        System.out.printf(Locale.ROOT, "Indexing: SearchIndex.rebuild() as an administrator: %.1f s, %,.0f documents/s;"
                + " index on disk %.0f MB; heap used after full GC %.0f MB ('police' finds %,d)%n", indexSeconds,
                DOCUMENTS / indexSeconds, mb(indexBytes), mb(heap), indexed);

        var queryRandom = new Random(SEED + 1);
        var warmUp = queries(queryRandom, words.rare, WARM_UP);
        var measured = queries(queryRandom, words.rare, QUERIES);
        System.out.printf(Locale.ROOT, "Queries: %,d warm-up, then %,d measured on 1 thread and the same %,d shared"
                + " by 2 threads; SearchService.search, first page with highlighting and both facet counts%n",
                WARM_UP, QUERIES, QUERIES);
        measure(search, warmUp, 2);
        var one = measure(search, measured, 1);
        var two = measure(search, measured, 2);

        var freshness = freshness(context, search, permissions);

        System.out.println();
        System.out.println("| kind (1 thread)  | queries | p50 ms | p95 ms | p99 ms | max ms | mean hits |");
        System.out.println("|------------------|---------|--------|--------|--------|--------|-----------|");
        for (var kind : Kind.values()) {
            var selected = new ArrayList<Long>();
            for (int i = 0; i < one.nanos.length; i++) {
                if (one.kinds[i] == kind) {
                    selected.add(one.nanos[i]);
                }
            }
            var nanos = selected.stream().mapToLong(Long::longValue).sorted().toArray();
            long hits = 0;
            int count = 0;
            for (int i = 0; i < one.nanos.length; i++) {
                if (one.kinds[i] == kind) {
                    count++;
                    hits += one.totals[i];
                }
            }
            System.out.printf(Locale.ROOT, "| %-16s | %7d | %6.1f | %6.1f | %6.1f | %6.1f | %9s |%n", kind.label,
                    count, ms(percentile(nanos, 50)), ms(percentile(nanos, 95)), ms(percentile(nanos, 99)),
                    ms(nanos.length == 0 ? 0 : nanos[nanos.length - 1]),
                    count == 0 ? "-" : String.format(Locale.ROOT, "%,d", hits / Math.max(1, count)));
        }

        System.out.println();
        System.out.printf(Locale.ROOT, "Summary, %,d documents:%n", DOCUMENTS);
        System.out.println("| measure                                   | figure                          | target            |");
        System.out.println("|-------------------------------------------|---------------------------------|-------------------|");
        row("rows inserted (JDBC batches)", String.format(Locale.ROOT, "%,.0f rows/s (%.0f s)",
                words.rows / insertSeconds, insertSeconds), "");
        row("mass indexing (SearchIndex.rebuild)", String.format(Locale.ROOT, "%,.0f documents/s (%.0f s)",
                DOCUMENTS / indexSeconds, indexSeconds), "");
        row("index size on disk", String.format(Locale.ROOT, "%,.0f MB", mb(indexBytes)), "");
        row("heap used after full GC", String.format(Locale.ROOT, "%,.0f MB", mb(heap)), "");
        for (var run : List.of(one, two)) {
            var sorted = run.nanos.clone();
            Arrays.sort(sorted);
            double p95 = ms(percentile(sorted, 95));
            row("search, " + run.name + ": p50 / p95 / p99", String.format(Locale.ROOT, "%.1f / %.1f / %.1f ms",
                    ms(percentile(sorted, 50)), p95, ms(percentile(sorted, 99))),
                    String.format(Locale.ROOT, "p95 < %.0f %s", TARGET_P95_MS, p95 < TARGET_P95_MS ? "ok" : "MISSED"));
            row("search, " + run.name + ": throughput", String.format(Locale.ROOT, "%,.1f queries/s", run.qps()),
                    "");
        }
        double worst = freshness.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        row("published update findable, worst of " + FRESHNESS_TRIES, String.format(Locale.ROOT, "%.0f ms",
                worst), String.format(Locale.ROOT, "< %.0f ms %s", TARGET_FRESHNESS_MS,
                worst < TARGET_FRESHNESS_MS ? "ok" : "MISSED"));
        System.out.printf(Locale.ROOT, "%nWhole run: %.0f s%n", seconds(started));
        sink += indexed;
    }

    private static void row(String measure, String figure, String target) {
        System.out.printf(Locale.ROOT, "| %-41s | %-31s | %-17s |%n", measure, figure, target);
    }

    /** Rare words met while writing, to ask for; and how many rows were written. */
    private static final class Words {
        final List<String> rare = new ArrayList<>();
        long rows;
    }

    private static Words insert(DataSource dataSource, Random random, Instant now) throws SQLException {
        var words = new Words();
        var places = places(random);
        var streets = new ArrayList<String>();
        for (var name : STREET_NAMES) {
            for (var kind : STREET_KINDS) {
                streets.add(name + " " + kind);
            }
        }
        var names = new ArrayList<String>();
        for (var a : SYLLABLES) {
            for (var b : SYLLABLES) {
                for (var c : SYLLABLES) {
                    var name = a + b + c;
                    names.add(Character.toUpperCase(name.charAt(0)) + name.substring(1));
                }
            }
        }
        var created = at(now.minus(Duration.ofDays(3 * 365)));
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (var neighbourhood = connection.prepareStatement("insert into neighbourhood (id, slug, name, version,"
                    + " created_at, updated_at) values (?, ?, ?, 0, ?, ?)");
                    var neighbourhoodText = connection.prepareStatement("insert into neighbourhood_text"
                            + " (neighbourhood_id, language, summary) values (?, ?, ?)")) {
                for (int id = 1; id <= NEIGHBOURHOODS; id++) {
                    var place = places.get(id - 1);
                    neighbourhood.setLong(1, id);
                    neighbourhood.setString(2, slug(place, id));
                    neighbourhood.setString(3, place);
                    neighbourhood.setObject(4, created);
                    neighbourhood.setObject(5, created);
                    neighbourhood.addBatch();
                    var street = streets.get(random.nextInt(streets.size()));
                    var topic = TOPICS[random.nextInt(TOPICS.length)];
                    text(neighbourhoodText, id, "en", "Covers " + place + " from " + street
                            + " to the river. The team's priorities are " + topic.en + " and "
                            + TOPICS[random.nextInt(TOPICS.length)].en + ".");
                    text(neighbourhoodText, id, "pl", "Obejmuje " + place + " od " + street
                            + " do rzeki. Priorytety zespołu: " + topic.nom.toLowerCase(Locale.ROOT) + ".");
                    words.rows += 3;
                    if (id % BATCH == 0) {
                        neighbourhood.executeBatch();
                        neighbourhoodText.executeBatch();
                    }
                }
                neighbourhood.executeBatch();
                neighbourhoodText.executeBatch();
            }
            long updates = DOCUMENTS - NEIGHBOURHOODS;
            long span = Duration.ofDays(3 * 365).toSeconds();
            try (var update = connection.prepareStatement("insert into team_update (id, neighbourhood_id, slug,"
                    + " publication, publish_at, version, created_at, updated_at, updated_by)"
                    + " values (?, ?, ?, 'PUBLISHED', ?, 0, ?, ?, 'import')");
                    var updateText = connection.prepareStatement("insert into team_update_text (update_id, language,"
                            + " title, body_markdown) values (?, ?, ?, ?)")) {
                for (long id = 1; id <= updates; id++) {
                    int neighbourhoodId = 1 + random.nextInt(NEIGHBOURHOODS);
                    var place = places.get(neighbourhoodId - 1);
                    var street = streets.get(random.nextInt(streets.size()));
                    var topic = TOPICS[random.nextInt(TOPICS.length)];
                    // A few names are used a lot, most seldom: a Zipf-like spread over 8,000 names.
                    int nameAt = (int) Math.min(names.size() - 1,
                            Math.floor(Math.pow(random.nextDouble(), 3) * names.size()));
                    var name = names.get(nameAt);
                    // The rare words asked for come from the seldom used half of the names.
                    if (nameAt >= names.size() / 2 && random.nextInt(20) == 0 && words.rare.size() < 5_000) {
                        words.rare.add(name);
                    }
                    int template = random.nextInt(EN_TITLES.length);
                    var enTitle = capitalise(String.format(Locale.ROOT, EN_TITLES[template], topic.en, street));
                    var plTopic = switch (template) {
                        case 0, 1 -> topic.nom;
                        case 2, 3, 5 -> topic.loc;
                        default -> topic.ins;
                    };
                    var plTitle = capitalise(String.format(Locale.ROOT, PL_TITLES[template], plTopic,
                            template == 2 || template == 3 ? place : street));
                    int number = 2 + random.nextInt(12);
                    String[] values = {street, place, topic.en, topic.enPlural, Integer.toString(number), name,
                        topic.gen, topic.loc};
                    var publishAt = at(now.minusSeconds(60 + (long) (random.nextDouble() * span)));
                    update.setLong(1, id);
                    update.setLong(2, neighbourhoodId);
                    update.setString(3, slug(enTitle, id));
                    update.setObject(4, publishAt);
                    update.setObject(5, publishAt);
                    update.setObject(6, publishAt);
                    update.addBatch();
                    text(updateText, id, "en", enTitle, body(random, EN_SENTENCES, values, "What to do", "Contact"));
                    text(updateText, id, "pl", plTitle, body(random, PL_SENTENCES, values, "Co robić", "Kontakt"));
                    words.rows += 3;
                    if (id % BATCH == 0) {
                        update.executeBatch();
                        updateText.executeBatch();
                    }
                    if (id % (BATCH * 50) == 0) {
                        connection.commit();
                    }
                    if (id % 100_000 == 0) {
                        System.out.printf(Locale.ROOT, "       %,d updates written%n", id);
                    }
                }
                update.executeBatch();
                updateText.executeBatch();
            }
            try (var statement = connection.createStatement()) {
                // Rows came with their ids: the next one the portal makes follows them.
                statement.execute("alter table neighbourhood alter column id restart with " + (NEIGHBOURHOODS + 1));
                statement.execute("alter table team_update alter column id restart with "
                        + (DOCUMENTS - NEIGHBOURHOODS + 1));
            }
            connection.commit();
        }
        return words;
    }

    private static void text(java.sql.PreparedStatement statement, long id, String language, String summary)
            throws SQLException {
        statement.setLong(1, id);
        statement.setString(2, language);
        statement.setString(3, summary);
        statement.addBatch();
    }

    private static void text(java.sql.PreparedStatement statement, long id, String language, String title,
            String body) throws SQLException {
        statement.setLong(1, id);
        statement.setString(2, language);
        statement.setString(3, title);
        statement.setString(4, body);
        statement.addBatch();
    }

    /** Two or three paragraphs of three to five sentences, a heading, a list and some emphasis: about 150 words. */
    private static String body(Random random, String[] sentences, String[] values, String heading, String contact) {
        var body = new StringBuilder(1_200);
        int paragraphs = 2 + random.nextInt(2);
        for (int p = 0; p < paragraphs; p++) {
            if (p == paragraphs - 1) {
                body.append("## ").append(heading).append("\n\n");
            }
            int count = 3 + random.nextInt(3);
            for (int s = 0; s < count; s++) {
                var sentence = fill(sentences[random.nextInt(sentences.length)], values);
                if (p == paragraphs - 1 && s < 3) {
                    body.append("- ").append(sentence).append('\n');
                } else {
                    body.append(s == 0 && p == 0 ? "**" + sentence + "**" : sentence).append(' ');
                }
            }
            body.append("\n\n");
        }
        body.append(contact).append(": [101](tel:101)\n");
        return body.toString();
    }

    private static String fill(String sentence, String[] values) {
        var filled = sentence;
        for (int i = 0; i < values.length; i++) {
            filled = filled.replace("{" + i + "}", values[i]);
        }
        return filled;
    }

    private static List<String> places(Random random) {
        var places = new ArrayList<String>();
        for (var part : PLACE_PARTS) {
            for (var start : PLACE_STARTS) {
                for (var end : PLACE_ENDS) {
                    places.add(start + end + " " + part);
                }
            }
        }
        java.util.Collections.shuffle(places, random);
        return places.subList(0, NEIGHBOURHOODS);
    }

    private static List<Query> queries(Random random, List<String> rare, int count) {
        var queries = new ArrayList<Query>(count);
        for (int i = 0; i < count; i++) {
            var kind = Kind.values()[random.nextInt(Kind.values().length)];
            boolean polish = random.nextBoolean();
            var locale = polish ? Locale.forLanguageTag("pl") : Locale.ENGLISH;
            queries.add(switch (kind) {
                case COMMON -> new Query(kind, polish ? pick(random, PL_FORMS) : pick(random, EN_COMMON), locale);
                case RARE -> new Query(kind, rare.isEmpty() ? "Brakenmor" : rare.get(random.nextInt(rare.size())),
                        locale);
                case TYPO -> {
                    var word = polish ? pick(random, PL_LONG_WORDS) : pick(random, EN_LONG_WORDS);
                    int at = 1 + random.nextInt(word.length() - 2);
                    yield new Query(kind, word.substring(0, at) + word.charAt(at + 1) + word.charAt(at)
                            + word.substring(at + 2), locale);
                }
                case PREFIX -> {
                    var word = polish ? pick(random, PL_LONG_WORDS) : pick(random, EN_LONG_WORDS);
                    yield new Query(kind, word.substring(0, Math.min(word.length(), 4 + random.nextInt(3))), locale);
                }
                case POLISH -> new Query(kind, pick(random, PL_FORMS), Locale.forLanguageTag("pl"));
            });
        }
        return queries;
    }

    private static Run measure(SearchService search, List<Query> queries, int threads) throws InterruptedException {
        var nanos = new long[queries.size()];
        var kinds = new Kind[queries.size()];
        var totals = new long[queries.size()];
        var failure = new AtomicReference<Throwable>();
        var workers = new ArrayList<Thread>();
        long start = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            int first = t;
            workers.add(Thread.ofPlatform().name("search-" + t).start(() -> {
                try {
                    for (int i = first; i < queries.size(); i += threads) {
                        var query = queries.get(i);
                        long before = System.nanoTime();
                        var results = search.search(SearchRequest.of(query.text), query.locale);
                        nanos[i] = System.nanoTime() - before;
                        kinds[i] = query.kind;
                        totals[i] = results.total();
                        sink += results.hits().size();
                    }
                } catch (Throwable failed) {
                    failure.set(failed);
                }
            }));
        }
        for (var worker : workers) {
            worker.join();
        }
        double seconds = seconds(start);
        if (failure.get() != null) {
            throw new IllegalStateException("A search failed", failure.get());
        }
        return new Run(threads == 1 ? "1 thread" : threads + " threads", nanos, kinds, totals, seconds);
    }

    /** Publishes through the portal's service and asks the search until it finds the update; ms per try. */
    private static List<Double> freshness(ConfigurableApplicationContext context, SearchService search,
            Permissions permissions) throws InterruptedException {
        var updates = context.getBean(UpdateService.class);
        var times = new ArrayList<Double>();
        var random = new Random(SEED + 2);
        for (int i = 0; i < FRESHNESS_TRIES; i++) {
            var word = new StringBuilder("fresh");
            for (int c = 0; c < 8; c++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            var content = new UpdateContent(Map.of(
                    "en", new UpdateText("Found: a lost " + word + " near Mill Lane",
                            "The team found a lost **" + word + "** by the river."),
                    "pl", new UpdateText("Znaleziono " + word + " przy Mill Lane",
                            "Zespół znalazł zgubiony **" + word + "** nad rzeką.")));
            var draft = new AtomicReference<org.neighbourhood.publishing.EditableItem<UpdateContent>>();
            permissions.runAsSystem("search-benchmark", () -> draft.set(updates.create(1, content)));
            if (found(search, word.toString())) {
                throw new IllegalStateException("A draft was found");
            }
            long start = System.nanoTime();
            permissions.runAsSystem("search-benchmark",
                    () -> updates.publish(draft.get().id(), draft.get().version(), null));
            double publishMs = ms(System.nanoTime() - start);
            int polls = 1;
            while (!found(search, word.toString())) {
                if (seconds(start) > 30) {
                    throw new IllegalStateException("A published update was not found in 30 s");
                }
                Thread.sleep(1);
                polls++;
            }
            double foundMs = ms(System.nanoTime() - start);
            times.add(foundMs);
            System.out.printf(Locale.ROOT, "Freshness: publish call %.1f ms, found after %.1f ms (%d searches)%n",
                    publishMs, foundMs, polls);
        }
        return times;
    }

    private static boolean found(SearchService search, String word) {
        return search.search(SearchRequest.of(word), Locale.ENGLISH).hits().stream()
                .anyMatch(hit -> hit.title().contains(word));
    }

    private static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String slug(String text, long id) {
        var slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        var suffix = "-" + id;
        return (slug.length() > 80 - suffix.length() ? slug.substring(0, 80 - suffix.length()) : slug) + suffix;
    }

    private static LocalDateTime at(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static long percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int at = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))];
    }

    private static long size(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException gone) {
                    return 0;
                }
            }).sum();
        }
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    /** Leaves out of the component scan every class compiled from the tests' sources. */
}
