package de.souveraen.workgroup.member;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.MemberAffiliationChanged;
import de.souveraen.contracts.workgroup.MemberJoined;
import de.souveraen.contracts.workgroup.MemberLeft;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.MemberRoleChanged;
import de.souveraen.contracts.workgroup.Person;
import de.souveraen.contracts.workgroup.MemberEvent;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberRosterTest {
    private static final MemberDecider DECIDER = new MemberDecider();
    private static final LocalDate FEB_1 = LocalDate.of(2026, 2, 1);
    private static final UUID WEBER = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID ALBERS = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID KRAUSE = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final UUID IT = UUID.fromString("00000000-0000-4000-8000-000000000004");
    private static final UUID LATE = UUID.fromString("00000000-0000-4000-8000-000000000005");

    private static MemberState member(MemberEvent... history) {
        return DECIDER.fold(List.of(history));
    }

    private static MemberJoined joined(UUID id, String family, Affiliation affiliation, MemberRole role, boolean vote,
            LocalDate from) {
        return new MemberJoined(id, new Person("Vorname", family, null), affiliation, role, vote, from);
    }

    @Test
    void the_roster_of_a_date_lists_that_days_members_with_that_days_facts_in_a_stable_order() {
        Affiliation cdu = Affiliation.faction("CDU");
        Affiliation spd = Affiliation.faction("SPD");
        List<MemberState> members = List.of(
                member(joined(IT, "Zimmer", Affiliation.administration(), MemberRole.ADVISORY, false, FEB_1)),
                member(joined(WEBER, "Weber", spd, MemberRole.MEMBER, true, FEB_1),
                        new MemberRoleChanged(WEBER, MemberRole.MEMBER, true, MemberRole.DEPUTY, true,
                                LocalDate.of(2026, 3, 1))),
                member(joined(KRAUSE, "Krause", spd, MemberRole.MEMBER, true, FEB_1),
                        new MemberAffiliationChanged(KRAUSE, spd, cdu, LocalDate.of(2026, 3, 10))),
                member(joined(ALBERS, "Albers", cdu, MemberRole.CHAIR, true, FEB_1),
                        new MemberLeft(ALBERS, LocalDate.of(2026, 3, 11), null)),
                member(joined(LATE, "Neumann", cdu, MemberRole.MEMBER, true, LocalDate.of(2026, 4, 1))));

        Roster roster = MemberRoster.on(LocalDate.of(2026, 3, 12), members);

        assertThat(roster.date()).isEqualTo(LocalDate.of(2026, 3, 12));
        assertThat(roster.entries()).containsExactly(
                new RosterEntry(KRAUSE, cdu, MemberRole.MEMBER, true),
                new RosterEntry(WEBER, spd, MemberRole.DEPUTY, true),
                new RosterEntry(IT, Affiliation.administration(), MemberRole.ADVISORY, false));
        assertThat(MemberRoster.on(LocalDate.of(2026, 2, 15), members).entries()).extracting(RosterEntry::memberId)
                .containsExactly(ALBERS, KRAUSE, WEBER, IT);
    }
}
