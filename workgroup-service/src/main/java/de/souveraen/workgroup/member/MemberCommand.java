package de.souveraen.workgroup.member;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.Person;
import java.time.LocalDate;
import java.util.UUID;

/** What can be asked of one member (stream {@code member-<memberId>}); {@code POST /api/members} adds one. */
public sealed interface MemberCommand {

    UUID memberId();

    /** A person joins the working group on {@code from}. */
    record AddMember(UUID memberId, Person person, Affiliation affiliation, MemberRole role, Boolean votingRight,
            LocalDate from) implements MemberCommand {
    }

    /** Corrects name or e-mail; allowed after leaving too. */
    record UpdatePerson(UUID memberId, Person person) implements MemberCommand {
    }

    /** A new role or voting right from {@code effectiveFrom} on (e.g. elected chair, advisory member). */
    record ChangeRole(UUID memberId, MemberRole role, Boolean votingRight, LocalDate effectiveFrom)
            implements MemberCommand {
    }

    /** The member represents another faction (or the administration) from {@code effectiveFrom} on. */
    record ChangeAffiliation(UUID memberId, Affiliation affiliation, LocalDate effectiveFrom) implements MemberCommand {
    }

    /** The member leaves; {@code to} is the last day of the membership. */
    record Leave(UUID memberId, LocalDate to, String reason) implements MemberCommand {
    }
}
