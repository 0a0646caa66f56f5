package de.souveraen.workgroup.member;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.MemberRole;
import java.time.LocalDate;

/**
 * A stretch of a membership with unchanged affiliation, role and voting right, from {@code from} to {@code to}
 * (both inclusive; {@code to} null while it lasts). The periods of a member are its history (OParl memberships).
 */
public record MembershipPeriod(LocalDate from, LocalDate to, Affiliation affiliation, MemberRole role,
        boolean votingRight) {

    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    MembershipPeriod endingOn(LocalDate last) {
        return new MembershipPeriod(from, last, affiliation, role, votingRight);
    }
}
