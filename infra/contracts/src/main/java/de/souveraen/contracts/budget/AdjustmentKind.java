package de.souveraen.contracts.budget;

/** Why an appropriation changed during the year. */
public enum AdjustmentKind {
    /** Nachtragshaushaltssatzung: may raise or lower a line, or add one. */
    SUPPLEMENTARY("Nachtrag", "supplementary budget"),
    /** Überplanmäßige Aufwendung (§ 83 GO NRW): more than the line's appropriation. */
    OVER_PLAN("überplanmäßig", "over-plan"),
    /** Außerplanmäßige Aufwendung (§ 83 GO NRW): a purpose the budget has no appropriation for. */
    UNPLANNED("außerplanmäßig", "unplanned");

    private final String german;
    private final String english;

    AdjustmentKind(String german, String english) {
        this.german = german;
        this.english = english;
    }

    public String german() {
        return german;
    }

    public String english() {
        return english;
    }
}
