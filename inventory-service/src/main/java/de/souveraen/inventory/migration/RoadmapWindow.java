package de.souveraen.inventory.migration;

import de.souveraen.eventstore.domain.Rejection;

/**
 * The quarters the council's concept plans for (by default the three-year concept 2026-Q1 to 2028-Q4): migration
 * steps can only be planned within it. Set per installation ({@code souveraen.roadmap.first}/{@code last}); it comes
 * into the domain on the command, like the time.
 */
public record RoadmapWindow(Quarter first, Quarter last) {
    public static final RoadmapWindow THREE_YEAR_CONCEPT = new RoadmapWindow(new Quarter(2026, 1), new Quarter(2028, 4));

    public RoadmapWindow {
        if (first == null || last == null || first.compareTo(last) > 0) {
            throw new IllegalArgumentException("a roadmap window runs from its first to its last quarter: " + first
                    + ".." + last);
        }
    }

    /** The concept's horizon in whole years (quarters / 4, rounded up; 2026-Q1..2028-Q4: 3). */
    public int years() {
        int quarters = (last.year() * 4 + last.quarter()) - (first.year() * 4 + first.quarter()) + 1;
        return (quarters + 3) / 4;
    }

    /** From configuration texts such as {@code 2026-Q1} and {@code 2028-Q4}. */
    public static RoadmapWindow of(String first, String last) {
        return new RoadmapWindow(Quarter.parse(first).orElseThrow(() -> new IllegalArgumentException(
                "souveraen.roadmap.first is not a quarter like 2026-Q1: " + first)),
                Quarter.parse(last).orElseThrow(() -> new IllegalArgumentException(
                        "souveraen.roadmap.last is not a quarter like 2028-Q4: " + last)));
    }

    /**
     * A target quarter as the domain accepts it: the format {@code YYYY-Qn} and within the window; else 422 on
     * {@code field} ({@code invalid-quarter} or {@code quarter-out-of-range}).
     */
    public Quarter target(String field, String text) {
        Quarter quarter = Quarter.parse(text).orElseThrow(() -> Rejection.invalid("invalid-quarter", field,
                "Das Zielquartal muss die Form JJJJ-Qn haben, z. B. 2026-Q3.",
                "The target quarter must look like YYYY-Qn, e.g. 2026-Q3."));
        if (quarter.compareTo(first) < 0 || quarter.compareTo(last) > 0) {
            throw Rejection.invalid("quarter-out-of-range", field,
                    "Das Zielquartal muss zwischen " + first + " und " + last + " liegen (Konzept des Rates).",
                    "The target quarter must lie between " + first + " and " + last + " (the council's concept).")
                    .with("first", first.toString()).with("last", last.toString());
        }
        return quarter;
    }
}
