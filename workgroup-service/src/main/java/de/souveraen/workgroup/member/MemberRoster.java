package de.souveraen.workgroup.member;

import de.souveraen.workgroup.roster.AffiliationRules;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterEntry;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Builds the {@link Roster} a meeting command carries from the members' states: everyone who was a member on the
 * date, with that day's affiliation, role and voting right; ordered by affiliation (factions by name, administration
 * last), then family and given name, so the absent members of a vote are listed in a stable, readable order.
 */
public final class MemberRoster {
    private static final Comparator<MemberState> BY_NAME = Comparator
            .comparing((MemberState m) -> m.person().familyName())
            .thenComparing(m -> m.person().givenName())
            .thenComparing(MemberState::memberId);

    private MemberRoster() {
    }

    public static Roster on(LocalDate date, Collection<MemberState> members) {
        List<RosterEntry> entries = members.stream().filter(MemberState::exists)
                .filter(m -> m.on(date).isPresent())
                .sorted(Comparator.comparing((MemberState m) -> m.on(date).orElseThrow().affiliation(),
                        AffiliationRules.ORDER).thenComparing(BY_NAME))
                .map(m -> m.rosterEntryOn(date)).flatMap(Optional::stream).toList();
        return new Roster(date, entries);
    }
}
