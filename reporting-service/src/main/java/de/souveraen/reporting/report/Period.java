package de.souveraen.reporting.report;

import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.reporting.readmodel.Quarters;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A report's quarter, written {@code 2026-Q3}. */
public record Period(int year, int quarter) {
    private static final Pattern FORMAT = Pattern.compile("^(\\d{4})-Q([1-4])$");

    public static Period parse(String text) {
        Matcher m = text == null ? null : FORMAT.matcher(text);
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2100) {
            throw new Rejection(Rejection.Kind.BAD_REQUEST, "invalid-period", "period",
                    "Der Berichtszeitraum muss die Form JJJJ-Qn haben (z. B. 2026-Q3).",
                    "The period must look like YYYY-Qn (e.g. 2026-Q3).", Map.of());
        }
        return new Period(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public LocalDate first() {
        return Quarters.first(year, quarter);
    }

    public LocalDate last() {
        return Quarters.last(year, quarter);
    }

    public Period previous() {
        return quarter == 1 ? new Period(year - 1, 4) : new Period(year, quarter - 1);
    }

    public Period next() {
        return quarter == 4 ? new Period(year + 1, 1) : new Period(year, quarter + 1);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
