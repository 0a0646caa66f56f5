package de.souveraen.workgroup.meeting.attendance;

import de.souveraen.contracts.workgroup.AttendanceEntry;
import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.roster.RosterEntry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Attendance is recorded for members of the roster of the meeting date, each with the affiliation, role and voting
 * right of that day. Before the meeting is held only excuses can be recorded; presence and absence once it is held.
 * A member's later entry replaces the earlier one (people arrive late and leave early: a vote counts who is present
 * when it is recorded).
 */
public final class AttendanceRules {
    private AttendanceRules() {
    }

    /** The entries that change something (empty when all are recorded already). */
    public static List<AttendanceEntry> entries(List<AttendanceInput> inputs, Roster roster, boolean held,
            Map<UUID, AttendanceEntry> recorded) {
        if (inputs == null || inputs.isEmpty()) {
            throw Check.missing("entries", "Die Anwesenheit");
        }
        Set<UUID> seen = new HashSet<>();
        List<AttendanceEntry> entries = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            String field = "entries[" + i + "]";
            AttendanceInput input = Check.present(field, "Der Eintrag", inputs.get(i));
            UUID memberId = Check.present(field + ".memberId", "Die Kennung des Mitglieds", input.memberId());
            AttendanceStatus status = Check.present(field + ".status", "Die Anwesenheit", input.status());
            RosterEntry member = roster.entry(memberId).orElseThrow(() -> Rejection.invalid("not-a-member",
                    field + ".memberId", "Die Person war am Sitzungstag kein Mitglied der Arbeitsgruppe.",
                    "The person was no member of the working group on the meeting date."));
            if (!seen.add(memberId)) {
                throw Rejection.invalid("duplicate-member", field + ".memberId",
                        "Das Mitglied ist mehrfach genannt.", "The member is listed twice.");
            }
            if (!held && status != AttendanceStatus.EXCUSED) {
                throw Rejection.conflict("meeting-not-held", field + ".status",
                        "Vor der Sitzung kann nur eine Entschuldigung erfasst werden; Anwesenheit erst, wenn sie "
                                + "stattgefunden hat.",
                        "Before the meeting only excuses can be recorded; presence once it has been held.");
            }
            AttendanceEntry entry = new AttendanceEntry(memberId, status, member.affiliation(), member.role(),
                    member.votingRight());
            if (!entry.equals(recorded.get(memberId))) {
                entries.add(entry);
            }
        }
        return entries;
    }
}
