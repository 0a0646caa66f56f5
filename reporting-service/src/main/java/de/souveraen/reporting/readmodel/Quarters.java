package de.souveraen.reporting.readmodel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Business time in quarters (fiscal year = calendar year, Europe/Berlin). */
public final class Quarters {
    public static final ZoneId BERLIN = de.souveraen.eventstore.text.German.ZONE;

    private Quarters() {
    }

    public static int of(LocalDate date) {
        return (date.getMonthValue() - 1) / 3 + 1;
    }

    /** The quarter of {@code year} a date books into: dates before the year count to Q1, after it to Q4. */
    public static int within(int year, LocalDate date) {
        if (date == null || date.getYear() < year) {
            return 1;
        }
        return date.getYear() > year ? 4 : of(date);
    }

    public static LocalDate first(int year, int quarter) {
        return LocalDate.of(year, (quarter - 1) * 3 + 1, 1);
    }

    public static LocalDate last(int year, int quarter) {
        return first(year, quarter).plusMonths(3).minusDays(1);
    }

    public static LocalDate date(Instant instant) {
        return LocalDate.ofInstant(instant, BERLIN);
    }
}
