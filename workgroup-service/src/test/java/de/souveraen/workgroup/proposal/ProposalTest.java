package de.souveraen.workgroup.proposal;

import static de.souveraen.eventstore.domain.Rejection.Kind.CONFLICT;
import static de.souveraen.eventstore.domain.Rejection.Kind.NOT_FOUND;
import static de.souveraen.eventstore.domain.Rejection.Kind.UNPROCESSABLE;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.OffAgendaReason;
import de.souveraen.contracts.workgroup.ProposalDecided;
import de.souveraen.contracts.workgroup.ProposalPlacedOnAgenda;
import de.souveraen.contracts.workgroup.ProposalRevised;
import de.souveraen.contracts.workgroup.ProposalStatus;
import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.contracts.workgroup.ProposalTakenOffAgenda;
import de.souveraen.contracts.workgroup.ProposalWithdrawn;
import de.souveraen.contracts.workgroup.ProposalEvent;
import de.souveraen.workgroup.proposal.ProposalCommand.PlaceOnAgenda;
import de.souveraen.workgroup.proposal.ProposalCommand.RecordOutcome;
import de.souveraen.workgroup.proposal.ProposalCommand.ReviseProposal;
import de.souveraen.workgroup.proposal.ProposalCommand.SubmitProposal;
import de.souveraen.workgroup.proposal.ProposalCommand.TakeOffAgenda;
import de.souveraen.workgroup.proposal.ProposalCommand.Withdraw;
import de.souveraen.eventstore.domain.DeciderSpec;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProposalTest {
    private static final UUID ID = UUID.fromString("5e0b9f31-0000-4000-8000-000000000001");
    private static final UUID M365 = UUID.fromString("d0000000-0000-4000-8000-000000000365");
    private static final UUID EXCHANGE = UUID.fromString("d0000000-0000-4000-8000-000000000e01");
    private static final UUID MEETING = UUID.fromString("7d1c2a4e-0000-4000-8000-000000000001");
    private static final UUID ITEM = UUID.fromString("7d1c2a4e-0000-4000-8000-0000000000a1");
    private static final LocalDate SUBMITTED = LocalDate.of(2026, 2, 20);
    private static final String TITLE = "Open-Source-Strategie der Gemeinde Blankenheim";
    private static final String TEXT = "Die AG empfiehlt, bei Neubeschaffungen Open-Source-Lösungen vorrangig zu prüfen.";
    private static final ProposalSubmitted SUBMITTED_EVENT = new ProposalSubmitted(ID, "AG-DS/2026/003", TITLE, TEXT,
            "Fraktion Bündnis 90/Die Grünen", null, List.of(M365, EXCHANGE), SUBMITTED);
    private static final ProposalPlacedOnAgenda PLACED = new ProposalPlacedOnAgenda(ID, MEETING, ITEM);

    private final DeciderSpec<ProposalCommand, ProposalState, ProposalEvent> spec = DeciderSpec.of(new ProposalDecider());

    @Test
    void a_proposal_is_submitted_open_with_its_dependencies_once_each() {
        spec.when(new SubmitProposal(ID, " AG-DS/2026/003 ", TITLE + " ", TEXT, "Fraktion Bündnis 90/Die Grünen", null,
                List.of(M365, EXCHANGE, M365), SUBMITTED)).then(SUBMITTED_EVENT);
        assertThat(spec.when(new SubmitProposal(ID, null, TITLE, TEXT, "Bürgermeister", null, null, SUBMITTED))
                .stateAfter().status()).isEqualTo(ProposalStatus.OPEN);
    }

    @Test
    void title_text_submitter_and_date_are_required_and_dependency_ids_complete() {
        spec.when(new SubmitProposal(ID, null, " ", TEXT, "SPD", null, null, SUBMITTED))
                .thenRejected(UNPROCESSABLE, "required", "title");
        spec.when(new SubmitProposal(ID, null, TITLE, null, "SPD", null, null, SUBMITTED))
                .thenRejected(UNPROCESSABLE, "required", "text");
        spec.when(new SubmitProposal(ID, null, TITLE, TEXT, "", null, null, SUBMITTED))
                .thenRejected(UNPROCESSABLE, "required", "submitter");
        spec.when(new SubmitProposal(ID, null, TITLE, TEXT, "SPD", null, null, null))
                .thenRejected(UNPROCESSABLE, "required", "submittedOn");
        spec.when(new SubmitProposal(ID, null, TITLE, TEXT, "SPD", null, Arrays.asList(M365, null), SUBMITTED))
                .thenRejected(UNPROCESSABLE, "required", "dependencyIds[1]");
        spec.given(SUBMITTED_EVENT).when(new SubmitProposal(ID, null, TITLE, TEXT, "SPD", null, null, SUBMITTED))
                .thenRejected(CONFLICT, "proposal-exists", "proposalId");
    }

    @Test
    void an_open_proposal_can_be_revised_and_the_same_text_again_changes_nothing() {
        spec.given(SUBMITTED_EVENT);
        LocalDate revised = LocalDate.of(2026, 2, 27);
        spec.when(new ReviseProposal(ID, TITLE, TEXT + " Ausnahmen sind zu begründen.", List.of(M365), revised))
                .then(new ProposalRevised(ID, TITLE, TEXT + " Ausnahmen sind zu begründen.", List.of(M365), revised));
        spec.when(new ReviseProposal(ID, TITLE, TEXT, List.of(M365, EXCHANGE), revised)).thenNothing();
    }

    @Test
    void a_proposal_on_an_agenda_is_not_revised() {
        spec.given(SUBMITTED_EVENT, PLACED).when(new ReviseProposal(ID, TITLE, "Neu", null, LocalDate.of(2026, 3, 1)))
                .thenRejected(CONFLICT, "proposal-on-agenda", null);
    }

    @Test
    void a_proposal_is_on_one_agenda_at_a_time() {
        spec.given(SUBMITTED_EVENT);
        assertThat(spec.when(new PlaceOnAgenda(ID, MEETING, ITEM)).stateAfter().status())
                .isEqualTo(ProposalStatus.ON_AGENDA);
        spec.given(PLACED);
        spec.when(new PlaceOnAgenda(ID, MEETING, ITEM)).thenNothing();
        spec.when(new PlaceOnAgenda(ID, UUID.randomUUID(), UUID.randomUUID()))
                .thenRejected(CONFLICT, "proposal-on-agenda", "proposalId");
    }

    @Test
    void a_decision_on_its_item_decides_the_proposal() {
        LocalDate decided = LocalDate.of(2026, 3, 12);
        spec.given(SUBMITTED_EVENT, PLACED);
        spec.when(new RecordOutcome(ID, MEETING, ITEM, DecisionOutcome.ADOPTED, decided))
                .then(new ProposalDecided(ID, MEETING, ITEM, DecisionOutcome.ADOPTED, decided));
        ProposalState state = spec.when(new RecordOutcome(ID, MEETING, ITEM, DecisionOutcome.REFERRED, decided))
                .stateAfter();
        assertThat(state.status()).isEqualTo(ProposalStatus.DECIDED);
        assertThat(state.outcome()).isEqualTo(DecisionOutcome.REFERRED);
    }

    @Test
    void a_deferred_proposal_leaves_the_agenda_and_is_open_again() {
        spec.given(SUBMITTED_EVENT, PLACED);
        spec.when(new RecordOutcome(ID, MEETING, ITEM, DecisionOutcome.DEFERRED, LocalDate.of(2026, 3, 12)))
                .then(new ProposalTakenOffAgenda(ID, MEETING, ITEM, OffAgendaReason.DEFERRED));
        assertThat(spec.when(new TakeOffAgenda(ID, MEETING, ITEM)).stateAfter().status())
                .isEqualTo(ProposalStatus.OPEN);
        spec.when(new TakeOffAgenda(ID, MEETING, ITEM))
                .then(new ProposalTakenOffAgenda(ID, MEETING, ITEM, OffAgendaReason.ITEM_REMOVED));
    }

    @Test
    void an_outcome_counts_only_for_the_item_the_proposal_is_on() {
        spec.given(SUBMITTED_EVENT);
        spec.when(new RecordOutcome(ID, MEETING, ITEM, DecisionOutcome.ADOPTED, LocalDate.of(2026, 3, 12)))
                .thenRejected(CONFLICT, "not-on-this-agenda", "agendaItemId");
        spec.given(PLACED).when(new RecordOutcome(ID, MEETING, UUID.randomUUID(), DecisionOutcome.ADOPTED,
                LocalDate.of(2026, 3, 12))).thenRejected(CONFLICT, "not-on-this-agenda", "agendaItemId");
    }

    @Test
    void a_withdrawn_or_decided_proposal_is_closed() {
        LocalDate on = LocalDate.of(2026, 3, 1);
        spec.given(SUBMITTED_EVENT);
        spec.when(new Withdraw(ID, " Durch Ratsbeschluss erledigt ", on))
                .then(new ProposalWithdrawn(ID, "Durch Ratsbeschluss erledigt", on));
        spec.given(new ProposalWithdrawn(ID, null, on));
        spec.when(new PlaceOnAgenda(ID, MEETING, ITEM)).thenRejected(CONFLICT, "proposal-closed", null);
        spec.when(new Withdraw(ID, null, on)).thenRejected(CONFLICT, "proposal-closed", null);

        DeciderSpec<ProposalCommand, ProposalState, ProposalEvent> decided = DeciderSpec.of(new ProposalDecider())
                .given(SUBMITTED_EVENT, PLACED, new ProposalDecided(ID, MEETING, ITEM, DecisionOutcome.REJECTED, on));
        decided.when(new ReviseProposal(ID, TITLE, TEXT, null, on)).thenRejected(CONFLICT, "proposal-closed", null);
    }

    @Test
    void an_unknown_proposal_is_not_found() {
        spec.when(new Withdraw(ID, null, LocalDate.of(2026, 3, 1)))
                .thenRejected(NOT_FOUND, "proposal-not-found", null);
    }
}
