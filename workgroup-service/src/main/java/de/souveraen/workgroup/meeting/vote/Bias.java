package de.souveraen.workgroup.meeting.vote;

import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.workgroup.roster.Roster;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Befangenheit (§ 31 GO NRW, § 43 (2)): a member excluded for bias in an agenda item does not vote on it and counts
 * neither for its majority nor for its quorum. Who is excluded is named with each vote; each must be a member of the
 * working group on the meeting date, named once. A ballot entry for an excluded member is refused by
 * {@link Counting}.
 */
final class Bias {
    private Bias() {
    }

    /** The checked list in the given order; null is nobody. */
    static List<UUID> excluded(List<UUID> excludedForBias, Roster roster) {
        if (excludedForBias == null) {
            return List.of();
        }
        Set<UUID> seen = new LinkedHashSet<>();
        for (int i = 0; i < excludedForBias.size(); i++) {
            String field = "excludedForBias[" + i + "]";
            UUID memberId = Check.present(field, "Die Kennung des Mitglieds", excludedForBias.get(i));
            Counting.member(roster, field, memberId);
            if (!seen.add(memberId)) {
                throw Rejection.invalid("duplicate-member", field, "Das Mitglied ist bereits genannt.",
                        "The member is named already.");
            }
        }
        return new ArrayList<>(seen);
    }
}
