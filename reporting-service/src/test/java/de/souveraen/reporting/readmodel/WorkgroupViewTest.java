package de.souveraen.reporting.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.Audience;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.MeetingHeld;
import de.souveraen.contracts.workgroup.MemberJoined;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.Person;
import de.souveraen.contracts.workgroup.ProposalDecided;
import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.contracts.workgroup.ProposalWithdrawn;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.TrainingCancelled;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingFormat;
import de.souveraen.contracts.workgroup.TrainingHeld;
import de.souveraen.contracts.workgroup.TrainingOutcomesRecorded;
import de.souveraen.contracts.workgroup.TrainingPlanned;
import de.souveraen.contracts.workgroup.TrainingRevised;
import de.souveraen.reporting.readmodel.Docs.DecisionDoc;
import de.souveraen.reporting.readmodel.Docs.ProposalDoc;
import de.souveraen.reporting.readmodel.Docs.TrainingDoc;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Given workgroup events, when the view applies them, then the proposal, decision and training documents say … */
class WorkgroupViewTest {
    private static final LocalDate MEETING = LocalDate.of(2026, 6, 11);
    private final ViewHarness view = new ViewHarness();
    private final UUID proposal = UUID.randomUUID();
    private final UUID meeting = UUID.randomUUID();
    private final UUID training = UUID.randomUUID();

    private ProposalDoc proposal() {
        return view.doc(Docs.PROPOSAL, proposal.toString(), ProposalDoc.class);
    }

    private TrainingDoc training() {
        return view.doc(Docs.TRAINING, training.toString(), TrainingDoc.class);
    }

    private void submitted() {
        view.given(LocalDate.of(2026, 5, 2), new ProposalSubmitted(proposal, "AK-2026-04", "Mail migrieren", "Text",
                "Fraktion A", null, List.of(), LocalDate.of(2026, 5, 2)));
    }

    private DecisionRecorded decision(UUID item, UUID proposalId, DecisionOutcome outcome,
            CouncilRecommendation recommendation) {
        return new DecisionRecorded(meeting, MEETING, item, "TOP 3: Mail", true, proposalId, outcome, "Beschluss",
                UUID.randomUUID(), new Tally(7, 2, 1), recommendation);
    }

    private static TrainingDetails details(String title, LocalDate date, String hours) {
        return new TrainingDetails(title, date, TrainingFormat.WORKSHOP, List.of(Audience.ADMINISTRATION),
                new BigDecimal(hours), List.of("Nextcloud"), "VHS");
    }

    @Test
    void aSubmittedProposalIsOpenUntilAnAdoptingDecisionClosesItOnTheMeetingDate() {
        submitted();
        assertThat(proposal().outcome()).isNull();
        assertThat(proposal().decidedOn()).isNull();
        UUID item = UUID.randomUUID();

        view.given(MEETING, decision(item, proposal, DecisionOutcome.ADOPTED,
                new CouncilRecommendation("Der Rat möge beschließen …", LocalDate.of(2026, 7, 2))));

        assertThat(proposal().outcome()).isEqualTo(DecisionOutcome.ADOPTED);
        assertThat(proposal().decidedOn()).isEqualTo(MEETING);
        assertThat(proposal().reference()).isEqualTo("AK-2026-04");
        assertThat(proposal().submittedOn()).isEqualTo(LocalDate.of(2026, 5, 2));
        DecisionDoc d = view.doc(Docs.DECISION, meeting + ":" + item, DecisionDoc.class);
        assertThat(d.meetingDate()).isEqualTo(MEETING);
        assertThat(d.proposalId()).isEqualTo(proposal);
        assertThat(d.tally().cast()).isEqualTo(10);
        assertThat(d.recommendation().councilSessionDate()).isEqualTo(LocalDate.of(2026, 7, 2));
        assertThat(d.publicItem()).isTrue();
    }

    @Test
    void aDeferredDecisionIsRecordedButLeavesTheProposalOpen() {
        submitted();
        UUID item = UUID.randomUUID();

        view.given(MEETING, decision(item, proposal, DecisionOutcome.DEFERRED, null));

        assertThat(view.doc(Docs.DECISION, meeting + ":" + item, DecisionDoc.class).outcome())
                .isEqualTo(DecisionOutcome.DEFERRED);
        assertThat(proposal().outcome()).isNull();
        assertThat(proposal().decidedOn()).isNull();
    }

    @Test
    void decisionsOfOneMeetingAreOneDocumentPerAgendaItem() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        view.given(MEETING, decision(first, null, DecisionOutcome.ADOPTED, null),
                decision(second, null, DecisionOutcome.REJECTED, null));

        assertThat(view.docs(Docs.DECISION, DecisionDoc.class)).extracting(DecisionDoc::agendaItemId)
                .containsExactlyInAnyOrder(first, second);
        assertThat(view.docs(Docs.DECISION, DecisionDoc.class)).allMatch(d -> d.meetingId().equals(meeting));
        assertThat(view.docs(Docs.PROPOSAL, ProposalDoc.class)).isEmpty();
    }

    @Test
    void aProposalIsDecidedOrWithdrawnOnTheDateTheEventNames() {
        submitted();
        view.given(LocalDate.of(2026, 6, 30), new ProposalDecided(proposal, meeting, UUID.randomUUID(),
                DecisionOutcome.REJECTED, LocalDate.of(2026, 6, 29)));
        UUID other = UUID.randomUUID();
        view.given(LocalDate.of(2026, 5, 3), new ProposalSubmitted(other, "AK-2026-05", "Zweiter", "Text", "B",
                null, List.of(), LocalDate.of(2026, 5, 3)));

        view.given(LocalDate.of(2026, 5, 20), new ProposalWithdrawn(other, "erledigt", LocalDate.of(2026, 5, 20)));
        // a decision or withdrawal for a proposal the view never saw creates nothing
        view.given(LocalDate.of(2026, 5, 21), new ProposalWithdrawn(UUID.randomUUID(), "?", LocalDate.of(2026, 5, 21)));

        assertThat(proposal().outcome()).isEqualTo(DecisionOutcome.REJECTED);
        assertThat(proposal().decidedOn()).isEqualTo(LocalDate.of(2026, 6, 29));
        ProposalDoc withdrawn = view.doc(Docs.PROPOSAL, other.toString(), ProposalDoc.class);
        assertThat(withdrawn.withdrawnOn()).isEqualTo(LocalDate.of(2026, 5, 20));
        assertThat(withdrawn.outcome()).isNull();
        assertThat(view.docs(Docs.PROPOSAL, ProposalDoc.class)).hasSize(2);
    }

    @Test
    void membersAndMeetingsThemselvesHaveNoDocument() {
        int before = view.size();

        view.given(LocalDate.of(2026, 1, 5), new MemberJoined(UUID.randomUUID(), new Person("Erika", "Muster", null),
                Affiliation.faction("Fraktion A"), MemberRole.MEMBER, true, LocalDate.of(2026, 1, 5)));
        view.given(MEETING, new MeetingHeld(meeting, OffsetDateTime.of(2026, 6, 11, 17, 0, 0, 0, ZoneOffset.UTC),
                OffsetDateTime.of(2026, 6, 11, 19, 0, 0, 0, ZoneOffset.UTC)));

        assertThat(view.size()).isEqualTo(before);
    }

    @Test
    void aHeldTrainingCountsItsParticipantsAndHoursAsHeld() {
        view.given(LocalDate.of(2026, 3, 1), new TrainingPlanned(training,
                details("Nextcloud-Grundlagen", LocalDate.of(2026, 4, 20), "3.0")));
        TrainingDoc planned = training();
        view.given(LocalDate.of(2026, 4, 1), new TrainingRevised(training,
                details("Nextcloud-Grundlagen", LocalDate.of(2026, 4, 22), "3.5")));

        view.given(LocalDate.of(2026, 4, 22), new TrainingHeld(training,
                details("Nextcloud für Einsteiger", LocalDate.of(2026, 4, 22), "4.0"), 14));

        assertThat(planned.held()).isFalse();
        assertThat(planned.participants()).isZero();
        assertThat(planned.format()).isEqualTo("WORKSHOP");
        TrainingDoc held = training();
        assertThat(held.held()).isTrue();
        assertThat(held.cancelled()).isFalse();
        assertThat(held.participants()).isEqualTo(14);
        assertThat(held.hours()).isEqualByComparingTo("4.0");
        assertThat(held.date()).isEqualTo(LocalDate.of(2026, 4, 22));
        assertThat(held.title()).isEqualTo("Nextcloud für Einsteiger");
    }

    @Test
    void feedbackAndOutcomesAreAddedToAHeldTrainingAndARevisionKeepsThem() {
        view.given(LocalDate.of(2026, 4, 22), new TrainingPlanned(training,
                details("Nextcloud", LocalDate.of(2026, 4, 22), "2.0")),
                new TrainingHeld(training, details("Nextcloud", LocalDate.of(2026, 4, 22), "2.0"), 9));

        view.given(LocalDate.of(2026, 4, 30), new TrainingFeedbackRecorded(training, List.of(5, 4, 4), 3, 13,
                new BigDecimal("4.33")));
        view.given(LocalDate.of(2026, 5, 2), new TrainingOutcomesRecorded(training,
                List.of("Dateiablage verstanden", "Freigaben geübt")));
        view.given(LocalDate.of(2026, 5, 3), new TrainingRevised(training,
                details("Nextcloud (Teil 1)", LocalDate.of(2026, 4, 22), "2.5")));

        TrainingDoc t = training();
        assertThat(t.responses()).isEqualTo(3);
        assertThat(t.averageSatisfaction()).isEqualByComparingTo("4.33");
        assertThat(t.outcomes()).containsExactly("Dateiablage verstanden", "Freigaben geübt");
        assertThat(t.participants()).isEqualTo(9);
        assertThat(t.held()).isTrue();
        assertThat(t.hours()).isEqualByComparingTo("2.5");
        assertThat(t.title()).isEqualTo("Nextcloud (Teil 1)");
    }

    @Test
    void aCancelledTrainingIsNotHeld() {
        view.given(LocalDate.of(2026, 3, 1), new TrainingPlanned(training,
                details("Linux-Desktop", LocalDate.of(2026, 5, 5), "6.0")));

        view.given(LocalDate.of(2026, 5, 1), new TrainingCancelled(training, "zu wenige Anmeldungen",
                LocalDate.of(2026, 5, 1)));
        // feedback for a training the view never saw creates nothing
        view.given(LocalDate.of(2026, 5, 2), new TrainingFeedbackRecorded(UUID.randomUUID(), List.of(3), 1, 3,
                new BigDecimal("3.00")));

        assertThat(training().cancelled()).isTrue();
        assertThat(training().held()).isFalse();
        assertThat(training().participants()).isZero();
        assertThat(view.docs(Docs.TRAINING, TrainingDoc.class)).hasSize(1);
    }
}
