package de.souveraen.workgroup.roster;

import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/** A roster must be the one of the meeting date, name each member once and have complete entries. */
public final class RosterRules {
    private RosterRules() {
    }

    public static Roster check(Roster roster, LocalDate meetingDate) {
        Check.present("roster", "Die Mitgliederliste zum Sitzungstag", roster);
        if (!meetingDate.equals(roster.date())) {
            throw Rejection.invalid("roster-date-mismatch", "roster.date",
                    "Die Mitgliederliste muss die des Sitzungstags (" + meetingDate + ") sein.",
                    "The roster must be the one of the meeting date (" + meetingDate + ").")
                    .with("meetingDate", meetingDate);
        }
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < roster.entries().size(); i++) {
            RosterEntry entry = roster.entries().get(i);
            String field = "roster.entries[" + i + "]";
            Check.present(field, "Der Eintrag der Mitgliederliste", entry);
            Check.present(field + ".memberId", "Die Kennung des Mitglieds", entry.memberId());
            AffiliationRules.normalise(field + ".affiliation", entry.affiliation());
            Check.present(field + ".role", "Die Rolle", entry.role());
            if (!seen.add(entry.memberId())) {
                throw Rejection.invalid("duplicate-member", field + ".memberId",
                        "Das Mitglied steht mehrfach in der Mitgliederliste.", "The member is listed twice in the roster.");
            }
        }
        return roster;
    }
}
