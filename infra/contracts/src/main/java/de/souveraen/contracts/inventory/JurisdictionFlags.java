package de.souveraen.contracts.inventory;

/**
 * What the vendor's country means legally, as the inventory's country table said when the event was
 * recorded: EU member, EEA member, the transfer status under Chapter V GDPR, and whether the country has a
 * statute known to let its authorities compel companies under its jurisdiction to disclose data stored
 * abroad (e.g. the US CLOUD Act). The last flag is a coarse, curated indicator, not a legal opinion.
 */
public record JurisdictionFlags(String country, boolean eu, boolean eea, Adequacy adequacy,
        boolean extraterritorialAccessLaw) {
}
