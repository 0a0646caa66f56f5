package de.souveraen.workgroup.roster;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who belonged to the working group on {@code date}, with affiliation, role and voting right. The meeting decider
 * stays pure by receiving the roster on the command: the caller builds it from the members' states
 * ({@code MemberState#rosterEntryOn}) for the meeting date. Checked by {@link RosterRules} before it is used.
 */
public record Roster(LocalDate date, List<RosterEntry> entries) {

    public Roster {
        entries = entries == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(entries));
    }

    public Optional<RosterEntry> entry(UUID memberId) {
        return entries.stream().filter(e -> e != null && e.memberId().equals(memberId)).findFirst();
    }

    /** The members with a vote, in roster order. */
    public List<RosterEntry> votingMembers() {
        return entries.stream().filter(RosterEntry::votingRight).toList();
    }
}
