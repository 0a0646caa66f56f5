package de.souveraen.workgroup.testing;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterEntry;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A working group as in Blankenheim: seven members with a vote (CDU 3, SPD 2, Grüne 1, FDP 1) and an advisory
 * member of the administration without one. Quorum: 4 of 7.
 */
public final class Workgroup {
    public static final Affiliation CDU = Affiliation.faction("CDU");
    public static final Affiliation SPD = Affiliation.faction("SPD");
    public static final Affiliation GRUENE = Affiliation.faction("Bündnis 90/Die Grünen");
    public static final Affiliation FDP = Affiliation.faction("FDP");
    public static final Affiliation ADMIN = Affiliation.administration();

    public static final UUID CDU_1 = id("c0000001");
    public static final UUID CDU_2 = id("c0000002");
    public static final UUID CDU_3 = id("c0000003");
    public static final UUID SPD_1 = id("50000001");
    public static final UUID SPD_2 = id("50000002");
    public static final UUID GRUENE_1 = id("60000001");
    public static final UUID FDP_1 = id("f0000001");
    public static final UUID IT_LEAD = id("a0000001");
    public static final UUID STRANGER = id("99999999");

    public static final UUID MEETING = UUID.fromString("7d1c2a4e-0000-4000-8000-000000000001");
    public static final UUID ITEM_1 = UUID.fromString("7d1c2a4e-0000-4000-8000-0000000000a1");
    public static final UUID ITEM_2 = UUID.fromString("7d1c2a4e-0000-4000-8000-0000000000a2");
    public static final UUID ITEM_3 = UUID.fromString("7d1c2a4e-0000-4000-8000-0000000000a3");
    public static final UUID PROPOSAL = UUID.fromString("5e0b9f31-0000-4000-8000-000000000001");
    public static final UUID VOTE_1 = UUID.fromString("0b0e0000-0000-4000-8000-000000000001");
    public static final UUID VOTE_2 = UUID.fromString("0b0e0000-0000-4000-8000-000000000002");

    public static final OffsetDateTime START = OffsetDateTime.parse("2026-03-12T18:00:00+01:00");
    public static final OffsetDateTime END = OffsetDateTime.parse("2026-03-12T20:00:00+01:00");
    public static final LocalDate MEETING_DATE = LocalDate.of(2026, 3, 12);

    public static final List<UUID> VOTING = List.of(CDU_1, CDU_2, CDU_3, SPD_1, SPD_2, GRUENE_1, FDP_1);

    private Workgroup() {
    }

    public static UUID id(String prefix) {
        return UUID.fromString(prefix + "-0000-4000-8000-000000000000");
    }

    public static Roster roster() {
        return roster(MEETING_DATE);
    }

    public static Roster roster(LocalDate date) {
        List<RosterEntry> entries = new ArrayList<>();
        entries.add(new RosterEntry(CDU_1, CDU, MemberRole.CHAIR, true));
        entries.add(new RosterEntry(CDU_2, CDU, MemberRole.MEMBER, true));
        entries.add(new RosterEntry(CDU_3, CDU, MemberRole.MEMBER, true));
        entries.add(new RosterEntry(SPD_1, SPD, MemberRole.DEPUTY, true));
        entries.add(new RosterEntry(SPD_2, SPD, MemberRole.MEMBER, true));
        entries.add(new RosterEntry(GRUENE_1, GRUENE, MemberRole.MEMBER, true));
        entries.add(new RosterEntry(FDP_1, FDP, MemberRole.MEMBER, true));
        entries.add(new RosterEntry(IT_LEAD, ADMIN, MemberRole.ADVISORY, false));
        return new Roster(date, entries);
    }
}
