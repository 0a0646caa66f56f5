package de.souveraen.budget.fiscalyear;

import java.util.List;

/**
 * A declared coverage (Deckungsfähigkeit, § 21 KomHVO NRW): {@code mutual} lets every line of the group reinforce
 * every other; one-sided, only the first line may be reinforced, from any of the others.
 */
public record Coverage(List<String> lineCodes, boolean mutual) {
    public Coverage {
        lineCodes = List.copyOf(lineCodes);
    }

    public boolean contains(String code) {
        return lineCodes.contains(code);
    }

    /** Whether funds may move from {@code from} to {@code to} (two different lines of the group). */
    public boolean allows(String from, String to) {
        if (from.equals(to) || !contains(from) || !contains(to)) {
            return false;
        }
        return mutual || lineCodes.get(0).equals(to);
    }
}
