package de.souveraen.workgroup.roster;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.AffiliationType;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.util.Comparator;

/** A faction with its name, or the administration without one. */
public final class AffiliationRules {
    public static final int MAX_FACTION = 100;

    /** Factions by name, the administration last: the order of per-faction tallies. */
    public static final Comparator<Affiliation> ORDER = Comparator
            .comparing((Affiliation a) -> a.type() == AffiliationType.ADMINISTRATION)
            .thenComparing(a -> a.faction() == null ? "" : a.faction());

    private AffiliationRules() {
    }

    /** The checked affiliation with a stripped faction name; {@code field} is where it sits in the request. */
    public static Affiliation normalise(String field, Affiliation affiliation) {
        Check.present(field, "Die Zugehörigkeit (Fraktion oder Verwaltung)", affiliation);
        Check.present(field + ".type", "Die Art der Zugehörigkeit", affiliation.type());
        if (affiliation.type() == AffiliationType.FACTION) {
            return Affiliation.faction(Check.text(field + ".faction", "Der Name der Fraktion", affiliation.faction(),
                    MAX_FACTION));
        }
        if (affiliation.faction() != null && !affiliation.faction().isBlank()) {
            throw Rejection.invalid("faction-not-allowed", field + ".faction",
                    "Ein Mitglied der Verwaltung gehört keiner Fraktion an.",
                    "A member of the administration belongs to no faction.");
        }
        return Affiliation.administration();
    }
}
