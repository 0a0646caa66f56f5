package de.souveraen.workgroup.member;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.MemberAffiliationChanged;
import de.souveraen.contracts.workgroup.MemberEvent;
import de.souveraen.contracts.workgroup.MemberJoined;
import de.souveraen.contracts.workgroup.MemberLeft;
import de.souveraen.contracts.workgroup.MemberPersonUpdated;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.MemberRoleChanged;
import de.souveraen.contracts.workgroup.Person;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.workgroup.member.MemberCommand.AddMember;
import de.souveraen.workgroup.member.MemberCommand.ChangeAffiliation;
import de.souveraen.workgroup.member.MemberCommand.ChangeRole;
import de.souveraen.workgroup.member.MemberCommand.Leave;
import de.souveraen.workgroup.member.MemberCommand.UpdatePerson;
import de.souveraen.workgroup.roster.AffiliationRules;
import java.time.LocalDate;
import java.util.List;

/**
 * One member of the working group per stream. Changes of role, voting right and affiliation take effect on a date
 * and never rewrite the past: each starts a new {@link MembershipPeriod}, no earlier than the latest one, so the
 * roster of any past meeting date stays what it was. Rules across members (one chair at a time) are the caller's.
 */
public final class MemberDecider implements Decider<MemberCommand, MemberState, MemberEvent> {
    /** The member aggregate: streams {@code member-<uuid>}. */
    public static final Aggregate<MemberCommand, MemberState, MemberEvent> AGGREGATE = new Aggregate<>("member",
            new MemberDecider(), MemberEvent.class);
    static final int MAX_REASON = 500;

    @Override
    public MemberState initialState() {
        return MemberState.NONE;
    }

    @Override
    public List<MemberEvent> decide(MemberCommand command, MemberState state) {
        Check.id("memberId", "Die Kennung des Mitglieds", command.memberId());
        if (command instanceof AddMember c) {
            return add(c, state);
        }
        if (!state.exists()) {
            throw Rejection.notFound("member-not-found", "Dieses Mitglied ist nicht erfasst.", "No such member.");
        }
        if (command instanceof UpdatePerson c) {
            Person person = PersonRules.normalise(c.person());
            return person.equals(state.person()) ? List.of() : List.of(new MemberPersonUpdated(c.memberId(), person));
        }
        if (state.left()) {
            throw Rejection.conflict("member-left", "memberId",
                    "Das Mitglied ist zum " + state.to() + " ausgeschieden; die Mitgliedschaft ist abgeschlossen.",
                    "The member left on " + state.to() + "; the membership is closed.").with("to", state.to());
        }
        if (command instanceof ChangeRole c) {
            return changeRole(c, state);
        } else if (command instanceof ChangeAffiliation c) {
            return changeAffiliation(c, state);
        } else if (command instanceof Leave c) {
            return leave(c, state);
        }
        throw new IllegalArgumentException("unknown command " + command);
    }

    private List<MemberEvent> add(AddMember c, MemberState state) {
        if (state.exists()) {
            throw Rejection.conflict("member-exists", "memberId", "Dieses Mitglied ist bereits erfasst.",
                    "This member is already recorded.");
        }
        Person person = PersonRules.normalise(c.person());
        Affiliation affiliation = AffiliationRules.normalise("affiliation", c.affiliation());
        MemberRole role = Check.present("role", "Die Rolle", c.role());
        boolean votingRight = votingRight(role, c.votingRight());
        LocalDate from = Check.present("from", "Das Eintrittsdatum", c.from());
        return List.of(new MemberJoined(c.memberId(), person, affiliation, role, votingRight, from));
    }

    private List<MemberEvent> changeRole(ChangeRole c, MemberState state) {
        MemberRole role = Check.present("role", "Die Rolle", c.role());
        boolean votingRight = votingRight(role, c.votingRight());
        LocalDate effectiveFrom = effectiveFrom(c.effectiveFrom(), state);
        MembershipPeriod current = state.current();
        if (current.role() == role && current.votingRight() == votingRight) {
            return List.of();
        }
        return List.of(new MemberRoleChanged(c.memberId(), current.role(), current.votingRight(), role, votingRight,
                effectiveFrom));
    }

    private List<MemberEvent> changeAffiliation(ChangeAffiliation c, MemberState state) {
        Affiliation affiliation = AffiliationRules.normalise("affiliation", c.affiliation());
        LocalDate effectiveFrom = effectiveFrom(c.effectiveFrom(), state);
        Affiliation previous = state.current().affiliation();
        if (previous.equals(affiliation)) {
            return List.of();
        }
        return List.of(new MemberAffiliationChanged(c.memberId(), previous, affiliation, effectiveFrom));
    }

    private List<MemberEvent> leave(Leave c, MemberState state) {
        LocalDate to = Check.present("to", "Das Austrittsdatum", c.to());
        if (to.isBefore(state.current().from())) {
            throw Rejection.invalid("before-last-change", "to",
                    "Das Austrittsdatum darf nicht vor dem " + state.current().from() + " liegen, dem Beginn des jüngsten "
                            + "Abschnitts der Mitgliedschaft.",
                    "to must not be before " + state.current().from() + ", the start of the latest membership period.")
                    .with("earliest", state.current().from());
        }
        String reason = Check.optionalText("reason", "Der Grund", c.reason(), MAX_REASON);
        return List.of(new MemberLeft(c.memberId(), to, reason));
    }

    /** The voting right must be stated; an advisory member never has a vote. */
    private static boolean votingRight(MemberRole role, Boolean votingRight) {
        Check.present("votingRight", "Die Angabe zum Stimmrecht", votingRight);
        if (role == MemberRole.ADVISORY && votingRight) {
            throw Rejection.invalid("advisory-without-vote", "votingRight",
                    "Ein beratendes Mitglied hat kein Stimmrecht.", "An advisory member has no vote.");
        }
        return votingRight;
    }

    private static LocalDate effectiveFrom(LocalDate effectiveFrom, MemberState state) {
        Check.present("effectiveFrom", "Das Datum, ab dem die Änderung gilt", effectiveFrom);
        LocalDate earliest = state.current().from();
        if (effectiveFrom.isBefore(earliest)) {
            throw Rejection.invalid("before-last-change", "effectiveFrom",
                    "Eine Änderung kann frühestens ab dem " + earliest + " gelten; die Geschichte der Mitgliedschaft "
                            + "wird nicht rückwirkend umgeschrieben.",
                    "A change can take effect on " + earliest + " at the earliest; the history is not rewritten.")
                    .with("earliest", earliest);
        }
        return effectiveFrom;
    }

    @Override
    public MemberState evolve(MemberState state, MemberEvent event) {
        if (event instanceof MemberJoined e) {
            return new MemberState(e.memberId(), e.person(),
                    List.of(new MembershipPeriod(e.from(), null, e.affiliation(), e.role(), e.votingRight())), null);
        } else if (event instanceof MemberPersonUpdated e) {
            return state.withPerson(e.person());
        } else if (event instanceof MemberRoleChanged e) {
            MembershipPeriod current = state.current();
            return state.changedFrom(new MembershipPeriod(e.effectiveFrom(), null, current.affiliation(), e.role(),
                    e.votingRight()));
        } else if (event instanceof MemberAffiliationChanged e) {
            MembershipPeriod current = state.current();
            return state.changedFrom(new MembershipPeriod(e.effectiveFrom(), null, e.affiliation(), current.role(),
                    current.votingRight()));
        } else if (event instanceof MemberLeft e) {
            return state.leftOn(e.to());
        }
        throw new IllegalArgumentException("not an event of a member stream: " + event.getClass().getSimpleName());
    }
}
