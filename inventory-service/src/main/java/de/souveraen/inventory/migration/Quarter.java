package de.souveraen.inventory.migration;

import de.souveraen.eventstore.domain.Rejection;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A calendar quarter written {@code 2026-Q3} (the fiscal year is the calendar year). Migration targets must lie
 * within the council's three-year concept, {@link #FIRST} 2026-Q1 to {@link #LAST} 2028-Q4.
 */
public record Quarter(int year, int quarter) implements Comparable<Quarter> {
    private static final Pattern FORMAT = Pattern.compile("(\\d{4})-Q([1-4])");
    public static final Quarter FIRST = new Quarter(2026, 1);
    public static final Quarter LAST = new Quarter(2028, 4);

    public Quarter {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4");
        }
    }

    public static Optional<Quarter> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORMAT.matcher(text.strip());
        return m.matches() ? Optional.of(new Quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    /**
     * A target quarter as the domain accepts it: the format {@code YYYY-Qn} and within 2026-Q1..2028-Q4; else
     * 422 on {@code field} ({@code invalid-quarter} or {@code quarter-out-of-range}).
     */
    public static Quarter target(String field, String text) {
        Quarter quarter = parse(text).orElseThrow(() -> Rejection.invalid("invalid-quarter", field,
                "Das Zielquartal muss die Form JJJJ-Qn haben, z. B. 2026-Q3.",
                "The target quarter must look like YYYY-Qn, e.g. 2026-Q3."));
        if (quarter.compareTo(FIRST) < 0 || quarter.compareTo(LAST) > 0) {
            throw Rejection.invalid("quarter-out-of-range", field,
                    "Das Zielquartal muss zwischen " + FIRST + " und " + LAST + " liegen (Drei-Jahres-Konzept).",
                    "The target quarter must lie between " + FIRST + " and " + LAST + " (three-year concept).");
        }
        return quarter;
    }

    public static Quarter of(LocalDate date) {
        return new Quarter(date.getYear(), (date.getMonthValue() - 1) / 3 + 1);
    }

    public LocalDate lastDay() {
        LocalDate firstOfLastMonth = LocalDate.of(year, quarter * 3, 1);
        return firstOfLastMonth.withDayOfMonth(firstOfLastMonth.lengthOfMonth());
    }

    @Override
    public int compareTo(Quarter other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(quarter, other.quarter);
    }

    @Override
    public String toString() {
        return year + "-Q" + quarter;
    }
}
