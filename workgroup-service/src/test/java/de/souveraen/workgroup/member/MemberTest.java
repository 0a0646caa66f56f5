package de.souveraen.workgroup.member;

import static de.souveraen.eventstore.domain.Rejection.Kind.BAD_REQUEST;
import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.NOT_FOUND;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.AffiliationType;
import de.souveraen.contracts.workgroup.MemberAffiliationChanged;
import de.souveraen.contracts.workgroup.MemberJoined;
import de.souveraen.contracts.workgroup.MemberLeft;
import de.souveraen.contracts.workgroup.MemberPersonUpdated;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.MemberRoleChanged;
import de.souveraen.contracts.workgroup.Person;
import de.souveraen.contracts.workgroup.MemberEvent;
import de.souveraen.workgroup.member.MemberCommand.AddMember;
import de.souveraen.workgroup.member.MemberCommand.ChangeAffiliation;
import de.souveraen.workgroup.member.MemberCommand.ChangeRole;
import de.souveraen.workgroup.member.MemberCommand.Leave;
import de.souveraen.workgroup.member.MemberCommand.UpdatePerson;
import de.souveraen.workgroup.roster.RosterEntry;
import de.souveraen.eventstore.domain.DeciderSpec;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MemberTest {
    private static final UUID ID = UUID.fromString("3f1e5a60-1c1b-4d0e-9a57-6a4b1f0c2d11");
    private static final Person ANNA = new Person("Anna", "Schmitz", "anna.schmitz@example.org");
    private static final Affiliation SPD = Affiliation.faction("SPD");
    private static final LocalDate JOINED = LocalDate.of(2026, 2, 1);
    private static final MemberJoined JOINED_EVENT = new MemberJoined(ID, ANNA, SPD, MemberRole.MEMBER, true, JOINED);

    private final DeciderSpec<MemberCommand, MemberState, MemberEvent> spec = DeciderSpec.of(new MemberDecider());

    @Test
    void a_member_joins_with_stripped_texts() {
        spec.when(new AddMember(ID, new Person(" Anna ", "Schmitz ", " anna.schmitz@example.org"),
                new Affiliation(AffiliationType.FACTION, " SPD"), MemberRole.MEMBER, true, JOINED)).then(JOINED_EVENT);
    }

    @Test
    void the_email_is_optional() {
        MemberJoined event = spec.when(new AddMember(ID, new Person("Anna", "Schmitz", "  "), SPD, MemberRole.MEMBER,
                true, JOINED)).event(MemberJoined.class);
        assertThat(event.person().email()).isNull();
    }

    @Test
    void a_member_is_added_once() {
        spec.given(JOINED_EVENT).when(new AddMember(ID, ANNA, SPD, MemberRole.MEMBER, true, JOINED))
                .thenRejected(CONFLICT, "member-exists", "memberId");
    }

    @Test
    void names_are_required_and_the_email_must_be_plausible() {
        spec.when(new AddMember(ID, new Person(" ", "Schmitz", null), SPD, MemberRole.MEMBER, true, JOINED))
                .thenRejected(UNPROCESSABLE, "required", "person.givenName");
        spec.when(new AddMember(ID, new Person("Anna", null, null), SPD, MemberRole.MEMBER, true, JOINED))
                .thenRejected(UNPROCESSABLE, "required", "person.familyName");
        spec.when(new AddMember(ID, new Person("Anna", "Schmitz", "anna at example"), SPD, MemberRole.MEMBER, true,
                JOINED)).thenRejected(UNPROCESSABLE, "invalid-email", "person.email");
    }

    @Test
    void a_faction_has_a_name_and_the_administration_none() {
        spec.when(new AddMember(ID, ANNA, new Affiliation(AffiliationType.FACTION, " "), MemberRole.MEMBER, true,
                JOINED)).thenRejected(UNPROCESSABLE, "required", "affiliation.faction");
        spec.when(new AddMember(ID, ANNA, new Affiliation(AffiliationType.ADMINISTRATION, "IT"), MemberRole.ADVISORY,
                false, JOINED)).thenRejected(UNPROCESSABLE, "faction-not-allowed", "affiliation.faction");
        spec.when(new AddMember(ID, ANNA, new Affiliation(null, "SPD"), MemberRole.MEMBER, true, JOINED))
                .thenRejected(UNPROCESSABLE, "required", "affiliation.type");
    }

    @Test
    void an_advisory_member_never_has_a_vote_and_the_voting_right_must_be_stated() {
        spec.when(new AddMember(ID, ANNA, Affiliation.administration(), MemberRole.ADVISORY, true, JOINED))
                .thenRejected(UNPROCESSABLE, "advisory-without-vote", "votingRight");
        spec.when(new AddMember(ID, ANNA, SPD, MemberRole.MEMBER, null, JOINED))
                .thenRejected(UNPROCESSABLE, "required", "votingRight");
        spec.given(JOINED_EVENT).when(new ChangeRole(ID, MemberRole.ADVISORY, true, JOINED.plusMonths(1)))
                .thenRejected(UNPROCESSABLE, "advisory-without-vote", "votingRight");
    }

    @Test
    void role_and_date_of_joining_are_required_and_the_id_is_a_malformed_request_when_missing() {
        spec.when(new AddMember(ID, ANNA, SPD, null, true, JOINED)).thenRejected(UNPROCESSABLE, "required", "role");
        spec.when(new AddMember(ID, ANNA, SPD, MemberRole.MEMBER, true, null))
                .thenRejected(UNPROCESSABLE, "required", "from");
        spec.when(new AddMember(null, ANNA, SPD, MemberRole.MEMBER, true, JOINED))
                .thenRejected(BAD_REQUEST, "required", "memberId");
    }

    @Test
    void a_role_change_keeps_the_previous_role_and_the_history() {
        LocalDate elected = LocalDate.of(2026, 3, 1);
        spec.given(JOINED_EVENT).when(new ChangeRole(ID, MemberRole.DEPUTY, true, elected))
                .then(new MemberRoleChanged(ID, MemberRole.MEMBER, true, MemberRole.DEPUTY, true, elected));

        MemberState state = spec.given(new MemberRoleChanged(ID, MemberRole.MEMBER, true, MemberRole.DEPUTY, true,
                elected)).state();
        assertThat(state.periods()).containsExactly(
                new MembershipPeriod(JOINED, elected.minusDays(1), SPD, MemberRole.MEMBER, true),
                new MembershipPeriod(elected, null, SPD, MemberRole.DEPUTY, true));
        assertThat(state.rosterEntryOn(LocalDate.of(2026, 2, 28)))
                .contains(new RosterEntry(ID, SPD, MemberRole.MEMBER, true));
        assertThat(state.rosterEntryOn(elected)).contains(new RosterEntry(ID, SPD, MemberRole.DEPUTY, true));
        assertThat(state.rosterEntryOn(JOINED.minusDays(1))).isEmpty();
    }

    @Test
    void losing_the_vote_is_a_role_change() {
        LocalDate from = LocalDate.of(2026, 4, 1);
        spec.given(JOINED_EVENT).when(new ChangeRole(ID, MemberRole.ADVISORY, false, from))
                .then(new MemberRoleChanged(ID, MemberRole.MEMBER, true, MemberRole.ADVISORY, false, from));
    }

    @Test
    void a_change_on_the_day_the_latest_period_starts_replaces_that_period() {
        MemberState state = spec.given(JOINED_EVENT)
                .given(new MemberRoleChanged(ID, MemberRole.MEMBER, true, MemberRole.CHAIR, true, JOINED)).state();
        assertThat(state.periods()).containsExactly(new MembershipPeriod(JOINED, null, SPD, MemberRole.CHAIR, true));
    }

    @Test
    void the_past_is_not_rewritten() {
        spec.given(JOINED_EVENT).given(new MemberRoleChanged(ID, MemberRole.MEMBER, true, MemberRole.DEPUTY, true,
                LocalDate.of(2026, 3, 1)))
                .when(new ChangeRole(ID, MemberRole.CHAIR, true, LocalDate.of(2026, 2, 15)))
                .thenRejected(UNPROCESSABLE, "before-last-change", "effectiveFrom");
    }

    @Test
    void the_same_role_again_changes_nothing() {
        spec.given(JOINED_EVENT).when(new ChangeRole(ID, MemberRole.MEMBER, true, LocalDate.of(2026, 3, 1)))
                .thenNothing();
    }

    @Test
    void a_member_can_change_faction_and_old_meetings_keep_the_old_one() {
        LocalDate from = LocalDate.of(2026, 5, 1);
        Affiliation independents = Affiliation.faction("UWV");
        spec.given(JOINED_EVENT).when(new ChangeAffiliation(ID, independents, from))
                .then(new MemberAffiliationChanged(ID, SPD, independents, from));
        MemberState state = spec.given(new MemberAffiliationChanged(ID, SPD, independents, from)).state();
        assertThat(state.rosterEntryOn(from.minusDays(1)).orElseThrow().affiliation()).isEqualTo(SPD);
        assertThat(state.rosterEntryOn(from).orElseThrow().affiliation()).isEqualTo(independents);
        assertThat(state.current().role()).isEqualTo(MemberRole.MEMBER);
    }

    @Test
    void a_member_leaves_and_is_no_member_after_the_last_day() {
        LocalDate last = LocalDate.of(2026, 6, 30);
        spec.given(JOINED_EVENT).when(new Leave(ID, last, " Mandat niedergelegt ")).then(
                new MemberLeft(ID, last, "Mandat niedergelegt"));
        MemberState state = spec.given(new MemberLeft(ID, last, null)).state();
        assertThat(state.rosterEntryOn(last)).isPresent();
        assertThat(state.rosterEntryOn(last.plusDays(1))).isEmpty();
        assertThat(state.periods()).containsExactly(new MembershipPeriod(JOINED, last, SPD, MemberRole.MEMBER, true));
    }

    @Test
    void after_leaving_the_membership_is_closed_but_the_name_can_be_corrected() {
        spec.given(JOINED_EVENT, new MemberLeft(ID, LocalDate.of(2026, 6, 30), null));
        spec.when(new ChangeRole(ID, MemberRole.CHAIR, true, LocalDate.of(2026, 7, 1)))
                .thenRejected(CONFLICT, "member-left", "memberId");
        spec.when(new Leave(ID, LocalDate.of(2026, 7, 31), null)).thenRejected(CONFLICT, "member-left", "memberId");
        Person married = new Person("Anna", "Schmitz-Weber", null);
        spec.when(new UpdatePerson(ID, married)).then(new MemberPersonUpdated(ID, married));
    }

    @Test
    void leaving_cannot_end_before_the_latest_period_began() {
        spec.given(JOINED_EVENT).when(new Leave(ID, JOINED.minusDays(1), null))
                .thenRejected(UNPROCESSABLE, "before-last-change", "to");
    }

    @Test
    void the_same_person_again_changes_nothing() {
        spec.given(JOINED_EVENT).when(new UpdatePerson(ID, new Person("Anna ", "Schmitz", "anna.schmitz@example.org")))
                .thenNothing();
    }

    @Test
    void an_unknown_member_is_not_found() {
        spec.when(new ChangeRole(ID, MemberRole.CHAIR, true, JOINED))
                .thenRejected(NOT_FOUND, "member-not-found", null);
    }
}
