package org.neighbourhood.forums;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.neighbourhood.base.Zones;
import org.neighbourhood.forums.after.ActionContent;
import org.neighbourhood.forums.after.ActionStatus;
import org.neighbourhood.forums.after.AfterSessionService;
import org.neighbourhood.forums.agenda.AgendaService;
import org.neighbourhood.forums.series.SeriesAdminService;
import org.neighbourhood.forums.series.SeriesAdminService.SeriesRow;
import org.neighbourhood.forums.series.SeriesContent;
import org.neighbourhood.forums.series.SeriesGuard;
import org.neighbourhood.forums.series.SeriesText;
import org.neighbourhood.forums.series.SessionContent;
import org.neighbourhood.forums.series.SessionFacts;
import org.neighbourhood.forums.series.SessionFormat;
import org.neighbourhood.forums.series.SessionText;
import org.neighbourhood.forums.signup.Approval;
import org.neighbourhood.forums.signup.RegistrationAdminService;
import org.neighbourhood.forums.signup.RegistrationAdminService.DemoSignUp;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo forums: a bi-monthly community leaders forum with past sessions (attendance, published actions),
 * upcoming ones with open agendas, one full with a waiting list, and a women's listening circle. The series are
 * written in English, Polish and Welsh, the sessions in English and Polish, so that a Welsh reader sees a series
 * wholly in Welsh and its sessions in English with a note. Every name, address and organisation is fictional;
 * nobody is emailed.
 */
@Service
@Transactional
public class ForumDemo {

    private static final String[] NAMES = {"Adaeze Morrow", "Bilal Kestrel", "Carys Penhallow", "Dariusz Wren",
        "Efua Lindqvist", "Farid Ashcombe", "Grace Tollemache", "Hamza Quillfeather", "Ines Varga-Holt",
        "Jonah Blackwood", "Kasia Zielińska-Frost", "Leon Marchetti", "Maryam Oduya", "Niamh Castellan",
        "Oskar Brightwater", "Priya Fenwick", "Rahel Abernethy"};
    private static final String[] ORGANISATIONS = {"St Columba's Church", "Northshire Central Mosque",
        "Riverside Youth Club", "Polish Community Association of Northshire", "Castle Quarter Residents' Association",
        "Northshire College Students' Union", "Somali Families Network", "Northshire Women's Network", null};

    private final SeriesGuard guard;
    private final SeriesAdminService series;
    private final RegistrationAdminService registrations;
    private final AgendaService agenda;
    private final AfterSessionService after;
    private final Clock clock;

    ForumDemo(SeriesGuard guard, SeriesAdminService series, RegistrationAdminService registrations,
            AgendaService agenda, AfterSessionService after, Clock clock) {
        this.guard = guard;
        this.series = series;
        this.registrations = registrations;
        this.agenda = agenda;
        this.after = after;
        this.clock = clock;
    }

    /**
     * Loads the demo forums into a database without any, through the same services, checks and audit as the
     * back office; the series ids, for assigning the facilitator.
     */
    public List<Long> load() {
        guard.requireAdmin();
        var existing = series.managedSeries();
        if (!existing.isEmpty()) {
            return existing.stream().map(SeriesRow::id).toList();
        }
        var today = LocalDate.now(clock.withZone(Zones.LONDON));
        var leaders = series("community-leaders-forum", Map.of(
                "en", new SeriesText("Community leaders forum",
                        "Faith and community leaders meet the police every two months to talk about their "
                                + "communities and agree what happens next.",
                        "An opportunity for community leaders to talk about their communities and help identify how "
                                + "the police can work to build trust and confidence.\nThe agenda is set together: "
                                + "before each session, people who have signed up propose topics and support each "
                                + "other's. The chairs take what is raised to the force's equality, diversity and "
                                + "inclusion board.",
                        "Every two months, in person and online"),
                "pl", new SeriesText("Forum liderów społeczności",
                        "Liderzy wspólnot religijnych i lokalnych spotykają się z policją co dwa miesiące, aby "
                                + "rozmawiać o swoich społecznościach i ustalać dalsze kroki.",
                        "Okazja dla liderów społeczności, by opowiedzieć o swoich społecznościach i pomóc ustalić, "
                                + "jak policja może budować zaufanie.\nProgram ustalamy wspólnie: przed każdym "
                                + "spotkaniem zapisane osoby proponują tematy i popierają propozycje innych. "
                                + "Prowadzący przekazują to, co zostało powiedziane, radzie ds. równości, "
                                + "różnorodności i integracji.",
                        "Co dwa miesiące, na miejscu i online"),
                "cy", new SeriesText("Fforwm arweinwyr cymunedol",
                        "Mae arweinwyr ffydd a chymunedol yn cwrdd â’r heddlu bob deufis i siarad am eu cymunedau "
                                + "a chytuno beth sy’n digwydd nesaf.",
                        "Cyfle i arweinwyr cymunedol siarad am eu cymunedau a helpu i nodi sut y gall yr heddlu "
                                + "fagu ymddiriedaeth a hyder.\nRydyn ni’n pennu’r agenda gyda’n gilydd: cyn pob "
                                + "sesiwn, mae’r bobl sydd wedi cofrestru yn cynnig pynciau ac yn cefnogi pynciau "
                                + "ei gilydd. Mae’r cadeiryddion yn mynd â’r hyn a godir at fwrdd cydraddoldeb, "
                                + "amrywiaeth a chynhwysiant yr heddlu.",
                        "Bob deufis, wyneb yn wyneb ac ar-lein")));
        var chairs = "Insp. Helen Marsh and the force's positive action coordinator";
        var church = "St Columba's Church Hall";
        var churchAddress = "14 Abbey Road, Castle Quarter, Northshire";
        var churchAccess = "Step-free entrance from Abbey Road; hearing loop; accessible toilet on the ground floor.";
        var mosque = "Northshire Central Mosque, community room";
        var mosqueAddress = "3 Canal Street, Riverside, Northshire";
        var mosqueAccess = "Lift to the community room; please say if you need a quiet room or an interpreter.";

        var first = session(leaders, "Community leaders forum", "Forum liderów społeczności", SessionFormat.IN_PERSON,
                church, churchAddress, churchAccess, null, today.minusDays(76), 13, chairs, false);
        var firstPeople = people(first, 12, 0, 0, 11, 0);
        agenda(first, firstPeople, List.of("Work experience for young people with the police",
                "Reporting hate crime at places of worship", "Stop and search: what parents can do"), true);
        action(first, "Young people do not know how to get work experience with the police.",
                "We ran a taster day with Northshire College; four young people applied for work experience.",
                "Positive action coordinator", today.minusDays(30), ActionStatus.DONE, true);
        action(first, "People are unsure whether to report hate incidents at their place of worship.",
                "Officers now hold a monthly drop-in at two places of worship and explain third-party reporting.",
                "Insp. Helen Marsh", today.minusDays(10), ActionStatus.DONE, true);

        var second = session(leaders, "Community leaders forum (online)", "Forum liderów społeczności (online)",
                SessionFormat.ONLINE, null, null, null, "https://meet.example/northshire-leaders-forum",
                today.minusDays(15), 13, chairs, false);
        var secondPeople = people(second, 9, 0, 3, 7, 0);
        agenda(second, secondPeople, List.of("Anti-social behaviour around the canal at night",
                "How the forum's feedback reaches the board"), true);
        action(second, "Residents near the canal feel unsafe after dark.",
                "Extra evening foot patrols along the towpath for six weeks, and a lighting request to the council.",
                "Riverside Neighbourhood Policing Team", today.plusDays(20), ActionStatus.IN_PROGRESS, true);
        action(second, "Leaders want to know what the board does with their points.",
                "The chairs will share the board's minutes at the next session.", "Forum chairs",
                today.plusDays(12), ActionStatus.OPEN, false);

        var full = session(leaders, "Community leaders forum", "Forum liderów społeczności", SessionFormat.HYBRID,
                mosque, mosqueAddress, mosqueAccess, "https://meet.example/northshire-leaders-forum",
                today.plusDays(12), 13, chairs, false);
        var fullPeople = people(full, 13, 2, 6);
        agenda(full, fullPeople, List.of("Young people and knife crime: what works",
                "Recruiting officers from our communities", "Scam calls targeting older people"), false);

        var later = session(leaders, "Community leaders forum", "Forum liderów społeczności", SessionFormat.IN_PERSON,
                church, churchAddress, churchAccess, null, today.plusDays(73), 13, chairs, false);
        var laterPeople = people(later, 4, 0, 1);
        agenda(later, laterPeople, List.of("Safer streets for women and girls"), false);

        var circles = series("womens-listening-circle", Map.of(
                "en", new SeriesText("Women's listening circle",
                        "A safe space for women to be listened to by female officers. Where it meets is shared "
                                + "only with the women taking part.",
                        "Listening circles are small and confidential. Nobody else sees who has signed up. After "
                                + "you sign up, a facilitator will be in touch and send you where it is.",
                        "Monthly"),
                "pl", new SeriesText("Krąg wysłuchania dla kobiet",
                        "Bezpieczna przestrzeń, w której kobiety są wysłuchane przez policjantki. Miejsce spotkania "
                                + "poznają tylko uczestniczki.",
                        "Kręgi wysłuchania są małe i poufne. Nikt inny nie widzi, kto się zapisał. Po zapisie "
                                + "skontaktuje się z Tobą facylitatorka i przekaże miejsce spotkania.",
                        "Co miesiąc"),
                "cy", new SeriesText("Cylch gwrando i fenywod",
                        "Man diogel lle mae swyddogion benywaidd yn gwrando ar fenywod. Dim ond gyda’r menywod sy’n "
                                + "cymryd rhan y caiff lleoliad y cyfarfod ei rannu.",
                        "Mae cylchoedd gwrando yn fach ac yn gyfrinachol. Does neb arall yn gweld pwy sydd wedi "
                                + "cofrestru. Ar ôl i chi gofrestru, bydd hwylusydd yn cysylltu â chi ac yn anfon "
                                + "y lleoliad atoch.",
                        "Bob mis")));
        var circle = session(circles, "Women's listening circle", "Krąg wysłuchania dla kobiet",
                SessionFormat.IN_PERSON, "Harbourside Family Centre, the garden room", "7 Wharf Lane, Northshire",
                "Step-free access; a crèche can be arranged if you ask when you sign up.", null, today.plusDays(9), 10,
                "PCSO Lucy Brennan and a community facilitator", true);
        people(circle, 3, 0, 0, -1, 2);
        return List.of(leaders.id(), circles.id());
    }

    /** A published series, in every language the demo writes it in. */
    private SeriesRow series(String slug, Map<String, SeriesText> texts) {
        return series.createSeries(slug, new SeriesContent(texts, true), Set.of());
    }

    private SessionFacts session(SeriesRow forum, String title, String titlePl, SessionFormat format,
            @Nullable String venue, @Nullable String address, @Nullable String access, @Nullable String online,
            LocalDate day, int capacity, String chairs, boolean circle) {
        var starts = day.atTime(LocalTime.of(18, 30)).atZone(Zones.LONDON).toInstant();
        var content = new SessionContent(Map.of(
                "en", new SessionText(title, circle ? "Come as you are. Tea, coffee and a listening ear."
                        : "Open to leaders of faith groups, community groups and organisations working with "
                                + "infrequently heard communities."),
                "pl", new SessionText(titlePl, circle ? "Przyjdź taka, jaka jesteś. Herbata, kawa i ktoś, kto wysłucha."
                        : "Dla liderów wspólnot wyznaniowych, grup lokalnych i organizacji działających na rzecz "
                                + "rzadko słyszanych społeczności.")),
                format, venue, address, access, online, starts, starts.plus(2, ChronoUnit.HOURS), capacity, chairs,
                circle, true);
        return series.createSession(forum.id(), content);
    }

    private List<Long> people(SessionFacts session, int confirmed, int waiting, int offset) {
        return people(session, confirmed, waiting, offset, -1, 0);
    }

    /**
     * Confirmed people, then people waiting; the first {@code came} of them recorded as attending (none when
     * negative) and, at a listening circle, the first {@code approved} approved.
     */
    private List<Long> people(SessionFacts session, int confirmed, int waiting, int offset, int came, int approved) {
        var list = new ArrayList<DemoSignUp>();
        var now = now();
        for (int i = 0; i < confirmed + waiting; i++) {
            var name = NAMES[(i + offset) % NAMES.length];
            var email = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", ".") + "@example.org";
            list.add(new DemoSignUp(name, email, ORGANISATIONS[(i + offset) % ORGANISATIONS.length],
                    i % 5 == 3 ? Locale.forLanguageTag("pl") : Locale.ENGLISH, i < confirmed,
                    came < 0 ? null : i < came, i < approved ? Approval.APPROVED : null,
                    now.minus(40 - i, ChronoUnit.HOURS)));
        }
        return registrations.loadDemo(session.id(), list);
    }

    private void agenda(SessionFacts session, List<Long> people, List<String> titles, boolean published) {
        agenda.loadDemo(session.id(), people, titles, published);
        if (published) {
            series.publishAgenda(session.id(), true);
        }
    }

    private void action(SessionFacts session, String said, String did, String owner, LocalDate due,
            ActionStatus status, boolean published) {
        after.createAction(session.id(), new ActionContent(said, did, owner, due, status, published));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
