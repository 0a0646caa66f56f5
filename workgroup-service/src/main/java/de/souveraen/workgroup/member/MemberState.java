package de.souveraen.workgroup.member;

import de.souveraen.contracts.workgroup.Person;
import de.souveraen.workgroup.roster.RosterEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A member with the full history of the membership as consecutive {@link MembershipPeriod}s; {@code to} is the
 * last day after leaving, null while a member.
 */
public record MemberState(UUID memberId, Person person, List<MembershipPeriod> periods, LocalDate to) {
    public static final MemberState NONE = new MemberState(null, null, List.of(), null);

    public MemberState {
        periods = Collections.unmodifiableList(new ArrayList<>(periods));
    }

    public boolean exists() {
        return memberId != null;
    }

    public boolean left() {
        return to != null;
    }

    /** The latest period (the one a change starts from). */
    public MembershipPeriod current() {
        return periods.get(periods.size() - 1);
    }

    public LocalDate from() {
        return periods.get(0).from();
    }

    /** The period covering {@code date}, empty when the person was no member that day. */
    public Optional<MembershipPeriod> on(LocalDate date) {
        return periods.stream().filter(p -> p.covers(date)).findFirst();
    }

    /** This member's line in the roster of {@code date} (what a meeting on that day needs), if a member then. */
    public Optional<RosterEntry> rosterEntryOn(LocalDate date) {
        return on(date).map(p -> new RosterEntry(memberId, p.affiliation(), p.role(), p.votingRight()));
    }

    /** The history after a change from {@code period.from()} on: the current period ends the day before. */
    MemberState changedFrom(MembershipPeriod period) {
        List<MembershipPeriod> next = new ArrayList<>(periods);
        MembershipPeriod last = next.remove(next.size() - 1);
        if (last.from().isBefore(period.from())) {
            next.add(last.endingOn(period.from().minusDays(1)));
        }
        next.add(period);
        return new MemberState(memberId, person, next, to);
    }

    MemberState leftOn(LocalDate last) {
        List<MembershipPeriod> next = new ArrayList<>(periods);
        next.set(next.size() - 1, current().endingOn(last));
        return new MemberState(memberId, person, next, last);
    }

    MemberState withPerson(Person newPerson) {
        return new MemberState(memberId, newPerson, periods, to);
    }
}
