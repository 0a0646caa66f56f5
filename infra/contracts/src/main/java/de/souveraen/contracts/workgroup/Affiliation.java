package de.souveraen.contracts.workgroup;

/**
 * A council faction (with its name as the council spells it, e.g. {@code "SPD"}) or the administration
 * ({@code faction} null). Votes are tallied per affiliation.
 */
public record Affiliation(AffiliationType type, String faction) {

    public static Affiliation faction(String name) {
        return new Affiliation(AffiliationType.FACTION, name);
    }

    public static Affiliation administration() {
        return new Affiliation(AffiliationType.ADMINISTRATION, null);
    }
}
