package de.souveraen.workgroup.meeting.vote;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.FactionTally;
import de.souveraen.contracts.workgroup.MemberVote;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations;
import de.souveraen.workgroup.roster.AffiliationRules;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * Counts each kind of ballot against the members with a vote who are present, and refuses the impossible: more votes
 * than voting members present (overall or in a faction), a faction without voting members, a roll-call vote by a
 * non-member, a member without a vote or a member not present.
 */
final class Counting {
    private final Roster roster;
    private final Set<UUID> present;
    private final Set<UUID> excluded;

    /**
     * {@code present}: the members recorded present; only those with a vote in the roster count, and none of those
     * {@code excluded} for bias.
     */
    Counting(Roster roster, Set<UUID> present, Set<UUID> excluded) {
        this.roster = roster;
        this.present = present;
        this.excluded = excluded;
    }

    /** The members with a vote in this item: with a vote in the roster and not excluded for bias. */
    List<RosterEntry> voting() {
        return roster.votingMembers().stream().filter(m -> !excluded.contains(m.memberId())).toList();
    }

    List<RosterEntry> presentVoting() {
        return voting().stream().filter(m -> present.contains(m.memberId())).toList();
    }

    Count totals(Tally totals) {
        Tally tally = tally("totals", totals);
        nonEmpty("totals", tally);
        atMostPresent("totals", tally, presentVoting().size());
        return new Count(tally, List.of(), List.of(), List.of());
    }

    Count byFaction(List<FactionBallot> ballots) {
        if (ballots.isEmpty()) {
            throw Check.missing("factions", "Das Ergebnis nach Fraktionen");
        }
        Map<Affiliation, Tally> byAffiliation = new LinkedHashMap<>();
        for (int i = 0; i < ballots.size(); i++) {
            String field = "factions[" + i + "]";
            FactionBallot ballot = Check.present(field, "Das Ergebnis der Fraktion", ballots.get(i));
            Affiliation affiliation = AffiliationRules.normalise(field + ".affiliation", ballot.affiliation());
            if (voting().stream().noneMatch(m -> m.affiliation().equals(affiliation))) {
                throw Rejection.invalid("unknown-faction", field + ".affiliation",
                        "Diese Fraktion hat am Sitzungstag kein stimmberechtigtes, nicht befangenes Mitglied in der "
                                + "Arbeitsgruppe.",
                        "This faction had no member with a vote, not excluded for bias, in the working group on the "
                                + "meeting date.");
            }
            if (byAffiliation.containsKey(affiliation)) {
                throw Rejection.invalid("duplicate-faction", field + ".affiliation",
                        "Die Fraktion ist mehrfach genannt.", "The faction is listed twice.");
            }
            Tally tally = tally(field + ".tally", ballot.tally());
            long presentInFaction = presentVoting().stream().filter(m -> m.affiliation().equals(affiliation)).count();
            atMostPresent(field + ".tally", tally, (int) presentInFaction);
            byAffiliation.put(affiliation, tally);
        }
        Tally total = byAffiliation.values().stream().reduce(Tally.ZERO, Tally::plus);
        nonEmpty("factions", total);
        return new Count(total, factionTallies(byAffiliation), List.of(), List.of());
    }

    Count rollCall(List<MemberBallot> ballots) {
        if (ballots.isEmpty()) {
            throw Check.missing("members", "Die namentliche Abstimmung");
        }
        Set<UUID> seen = new HashSet<>();
        List<MemberVote> votes = new ArrayList<>();
        Map<Affiliation, Tally> byAffiliation = new LinkedHashMap<>();
        for (int i = 0; i < ballots.size(); i++) {
            String field = "members[" + i + "]";
            MemberBallot ballot = Check.present(field, "Die Stimme", ballots.get(i));
            UUID memberId = Check.present(field + ".memberId", "Die Kennung des Mitglieds", ballot.memberId());
            Check.present(field + ".choice", "Die Stimme", ballot.choice());
            RosterEntry member = voter(field + ".memberId", memberId);
            if (!seen.add(memberId)) {
                throw Rejection.invalid("duplicate-member", field + ".memberId",
                        "Das Mitglied hat bereits abgestimmt.", "The member has voted already.");
            }
            votes.add(new MemberVote(memberId, member.affiliation(), ballot.choice()));
            byAffiliation.merge(member.affiliation(), Tally.ZERO.plus(ballot.choice()), Tally::plus);
        }
        Tally total = byAffiliation.values().stream().reduce(Tally.ZERO, Tally::plus);
        List<UUID> notVoting = presentVoting().stream().map(RosterEntry::memberId).filter(id -> !seen.contains(id))
                .toList();
        return new Count(total, factionTallies(byAffiliation), votes, notVoting);
    }

    /** The member on the roster of the meeting date, or 422 {@code not-a-member} on {@code field}. */
    static RosterEntry member(Roster roster, String field, UUID memberId) {
        return roster.entry(memberId).orElseThrow(() -> Rejection.invalid("not-a-member", field,
                "Die Person war am Sitzungstag kein Mitglied der Arbeitsgruppe.",
                "The person was no member of the working group on the meeting date."));
    }

    private RosterEntry voter(String field, UUID memberId) {
        RosterEntry member = member(roster, field, memberId);
        if (excluded.contains(memberId)) {
            throw Rejection.invalid("excluded-for-bias", field,
                    "Das Mitglied ist wegen Befangenheit ausgeschlossen und stimmt nicht mit.",
                    "The member is excluded for bias and does not vote.");
        }
        if (!member.votingRight()) {
            throw Rejection.invalid("no-voting-right", field, "Das Mitglied hat kein Stimmrecht.",
                    "The member has no vote.");
        }
        if (!present.contains(memberId)) {
            throw Rejection.invalid("member-not-present", field,
                    "Das Mitglied ist nicht als anwesend erfasst; erst die Anwesenheit erfassen.",
                    "The member is not recorded as present; record the attendance first.");
        }
        return member;
    }

    /** Every affiliation with a vote in this item, factions by name and the administration last. */
    private List<FactionTally> factionTallies(Map<Affiliation, Tally> tallies) {
        Map<Affiliation, int[]> counts = new TreeMap<>(AffiliationRules.ORDER);
        for (RosterEntry member : voting()) {
            int[] c = counts.computeIfAbsent(member.affiliation(), a -> new int[2]);
            c[0]++;
            if (present.contains(member.memberId())) {
                c[1]++;
            }
        }
        List<FactionTally> result = new ArrayList<>();
        counts.forEach((affiliation, c) -> result.add(
                new FactionTally(affiliation, c[0], c[1], tallies.getOrDefault(affiliation, Tally.ZERO))));
        return result;
    }

    private static Tally tally(String field, Tally tally) {
        Check.present(field, "Das Abstimmungsergebnis", tally);
        if (tally.yes() < 0 || tally.no() < 0 || tally.abstain() < 0) {
            throw Check.invalid(Violations.Codes.NEGATIVE, field, "Stimmenzahlen dürfen nicht negativ sein.",
                    "Vote counts must not be negative.");
        }
        return tally;
    }

    private static void atMostPresent(String field, Tally tally, int presentVoting) {
        if (tally.cast() > presentVoting) {
            throw Rejection.invalid("more-votes-than-present", field,
                    tally.cast() + " Stimmen, aber nur " + presentVoting + " stimmberechtigte Mitglieder anwesend.",
                    tally.cast() + " votes, but only " + presentVoting + " members with a vote present.")
                    .with("votes", tally.cast()).with("presentVotingMembers", presentVoting);
        }
    }

    private static void nonEmpty(String field, Tally tally) {
        if (tally.cast() == 0) {
            throw Rejection.invalid("no-votes-cast", field, "Es wurde keine Stimme abgegeben.", "No vote was cast.");
        }
    }
}
