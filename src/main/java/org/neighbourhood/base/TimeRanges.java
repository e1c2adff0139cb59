package org.neighbourhood.base;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** When something happens, as people in the UK read it: "Wednesday 3 December 2026, 18:30–20:00". */
public final class TimeRanges {

    private TimeRanges() {
    }

    public static String format(Instant startsAt, Instant endsAt, Locale language) {
        var locale = Languages.formatting(language);
        var start = startsAt.atZone(Zones.LONDON);
        var end = endsAt.atZone(Zones.LONDON);
        var day = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale);
        var time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
        var endText = start.toLocalDate().equals(end.toLocalDate()) ? time.format(end)
                : day.format(end) + " " + time.format(end);
        return day.format(start) + ", " + time.format(start) + "–" + endText;
    }

    /** One moment: "Friday 5 December 2026, 14:00", such as the time a team aims to answer by. */
    public static String moment(Instant at, Locale language) {
        var locale = Languages.formatting(language);
        var zoned = at.atZone(Zones.LONDON);
        return DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", locale).format(zoned) + ", "
                + DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale).format(zoned);
    }

    /** The day alone: "3 December 2026". */
    public static String date(Instant at, Locale language) {
        return DateTimeFormatter.ofPattern("d MMMM yyyy", Languages.formatting(language)).format(at.atZone(Zones.LONDON));
    }

    /** The day in London as 2026-12-03, for addresses. */
    public static String isoDate(Instant at) {
        return at.atZone(Zones.LONDON).toLocalDate().toString();
    }
}
