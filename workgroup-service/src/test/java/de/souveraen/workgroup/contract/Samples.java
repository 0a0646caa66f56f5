package de.souveraen.workgroup.contract;

import de.souveraen.contracts.workgroup.ActionItemAssigned;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.ActionItemStatusChanged;
import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.AgendaItemAdded;
import de.souveraen.contracts.workgroup.AgendaItemRemoved;
import de.souveraen.contracts.workgroup.AgendaReordered;
import de.souveraen.contracts.workgroup.AttendanceEntry;
import de.souveraen.contracts.workgroup.AttendanceRecorded;
import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.contracts.workgroup.Audience;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.FactionTally;
import de.souveraen.contracts.workgroup.MeetingCancelled;
import de.souveraen.contracts.workgroup.MeetingHeld;
import de.souveraen.contracts.workgroup.MeetingInvitationsSent;
import de.souveraen.contracts.workgroup.MeetingRescheduled;
import de.souveraen.contracts.workgroup.MeetingReconvened;
import de.souveraen.contracts.workgroup.MeetingScheduled;
import de.souveraen.contracts.workgroup.MemberAffiliationChanged;
import de.souveraen.contracts.workgroup.MemberJoined;
import de.souveraen.contracts.workgroup.MemberLeft;
import de.souveraen.contracts.workgroup.MemberPersonUpdated;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.MemberRoleChanged;
import de.souveraen.contracts.workgroup.MemberVote;
import de.souveraen.contracts.workgroup.MinutesApproved;
import de.souveraen.contracts.workgroup.MinutesWritten;
import de.souveraen.contracts.workgroup.OffAgendaReason;
import de.souveraen.contracts.workgroup.Person;
import de.souveraen.contracts.workgroup.ProposalDecided;
import de.souveraen.contracts.workgroup.ProposalPlacedOnAgenda;
import de.souveraen.contracts.workgroup.ProposalRevised;
import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.contracts.workgroup.ProposalTakenOffAgenda;
import de.souveraen.contracts.workgroup.ProposalWithdrawn;
import de.souveraen.contracts.workgroup.Quorum;
import de.souveraen.contracts.workgroup.QuorumLackRecorded;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.TrainingCancelled;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingFormat;
import de.souveraen.contracts.workgroup.TrainingHeld;
import de.souveraen.contracts.workgroup.TrainingOutcomesRecorded;
import de.souveraen.contracts.workgroup.TrainingPlanned;
import de.souveraen.contracts.workgroup.TrainingRevised;
import de.souveraen.contracts.workgroup.VoteChoice;
import de.souveraen.contracts.workgroup.VoteMethod;
import de.souveraen.contracts.workgroup.VoteRecorded;
import de.souveraen.contracts.workgroup.VoteResult;
import de.souveraen.contracts.workgroup.WorkgroupEvent;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** One realistic payload per workgroup event type: the published samples are these, as {@code Json.mapper()} writes them. */
final class Samples {
    static final UUID MEMBER = UUID.fromString("3f1e5a60-1c1b-4d0e-9a57-6a4b1f0c2d11");
    static final UUID MEMBER_2 = UUID.fromString("8b2d7c44-5e6f-4a81-b0c3-2d4e6f8a9b01");
    static final UUID MEMBER_3 = UUID.fromString("c4a1f2e3-7b8c-4d9e-8f01-23456789abcd");
    static final UUID MEETING = UUID.fromString("7d1c2a4e-9b3f-4c5d-8e6f-0a1b2c3d4e5f");
    static final UUID ITEM = UUID.fromString("a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d");
    static final UUID ITEM_2 = UUID.fromString("b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e");
    static final UUID PROPOSAL = UUID.fromString("5e0b9f31-2a4c-4e6d-8f10-3b5d7f9a1c2e");
    static final UUID VOTE = UUID.fromString("0b0e1d2c-3f4a-4b5c-9d6e-7f8a9b0c1d2e");
    static final UUID ACTION = UUID.fromString("7a5c3e1f-2b4d-4f6a-8c0e-1d3f5a7c9e0b");
    static final UUID TRAINING = UUID.fromString("7e4d2c1b-0a9f-4e8d-b7c6-5a4b3c2d1e0f");
    static final UUID M365 = UUID.fromString("d5f3a1b9-7c6e-4d2a-9b8f-1e0c3a5b7d9f");
    static final UUID EXCHANGE = UUID.fromString("e6a4b2c0-8d7f-4e3b-a09c-2f1d4b6c8e0a");

    static final Affiliation CDU = Affiliation.faction("CDU");
    static final Affiliation SPD = Affiliation.faction("SPD");
    static final Affiliation GRUENE = Affiliation.faction("Bündnis 90/Die Grünen");
    static final OffsetDateTime START = OffsetDateTime.parse("2026-03-12T18:00:00+01:00");
    static final OffsetDateTime END = OffsetDateTime.parse("2026-03-12T20:00:00+01:00");
    static final LocalDate MEETING_DATE = LocalDate.of(2026, 3, 12);
    static final String ITEM_TITLE = "Empfehlung: Open-Source-Strategie der Gemeinde Blankenheim";
    static final UUID MEASURE = UUID.fromString("3f1c2b7a-5d4e-4c3b-9a8f-1e2d3c4b5a69");
    static final UUID MILESTONE = UUID.fromString("9d8c7b6a-5f4e-4d3c-8b2a-190817263544");
    static final de.souveraen.contracts.workgroup.MeasureDetails MEASURE_DETAILS =
            new de.souveraen.contracts.workgroup.MeasureDetails("Bestandsaufnahme der Abhängigkeiten",
                    de.souveraen.contracts.workgroup.Mandate.ANALYSIS,
                    "Alle Fachverfahren, Dienste und Verträge mit Anbieter, Rechtsraum und Kosten erfassen.",
                    "Fachbereich Zentrale Dienste / IT", "ANALYSE",
                    List.of(UUID.fromString("0b6e8c1d-2f3a-4b5c-8d9e-0f1a2b3c4d5e")));
    static final TrainingDetails TRAINING_DETAILS = new TrainingDetails("LibreOffice für die Verwaltung",
            LocalDate.of(2026, 4, 22), TrainingFormat.WORKSHOP, List.of(Audience.WORKGROUP, Audience.ADMINISTRATION),
            new BigDecimal("3.50"), List.of("LibreOffice Writer", "ODF", "Vorlagen"), "Volkshochschule Euskirchen");

    private Samples() {
    }

    static List<WorkgroupEvent> all() {
        return List.of(
                new MemberJoined(MEMBER, new Person("Anna", "Schmitz", "anna.schmitz@example.org"), SPD,
                        MemberRole.MEMBER, true, LocalDate.of(2026, 2, 1)),
                new MemberPersonUpdated(MEMBER, new Person("Anna", "Schmitz-Weber", null)),
                new MemberRoleChanged(MEMBER, MemberRole.MEMBER, true, MemberRole.DEPUTY, true,
                        LocalDate.of(2026, 3, 1)),
                new MemberAffiliationChanged(MEMBER, SPD, Affiliation.faction("UWV"), LocalDate.of(2026, 9, 1)),
                new MemberLeft(MEMBER, LocalDate.of(2026, 12, 31), "Mandat niedergelegt"),

                new MeetingScheduled(MEETING, "3. Sitzung der AG Digitale Souveränität & Open Source", START, END,
                        "Rathaus Blankenheim, Sitzungssaal", true),
                new MeetingReconvened(MEETING, UUID.fromString("3c9e7a10-2b4d-4f6a-8c1e-5d7f9b0a2c4e"),
                        LocalDate.of(2026, 3, 5), List.of(ITEM)),
                new MeetingRescheduled(MEETING, START.plusDays(7), END.plusDays(7), "Online (BigBlueButton)"),
                new MeetingInvitationsSent(MEETING, LocalDate.of(2026, 3, 2)),
                new MeetingHeld(MEETING, START.plusMinutes(5), END.plusMinutes(20)),
                new MeetingCancelled(MEETING, "Beschlussunfähigkeit absehbar (Ferienzeit)", LocalDate.of(2026, 3, 9)),
                new MinutesWritten(MEETING, "TOP 1: Begrüßung durch die Vorsitzende.\nTOP 2: Die Verwaltung stellt "
                        + "die Open-Source-Strategie vor; Aussprache.\nEnde der Sitzung: 19:40 Uhr."),
                new MinutesApproved(MEETING, LocalDate.of(2026, 4, 16)),
                new AgendaItemAdded(MEETING, ITEM, 2, ITEM_TITLE, true, PROPOSAL),
                new AgendaItemRemoved(MEETING, ITEM_2, null),
                new AgendaReordered(MEETING, List.of(ITEM_2, ITEM)),
                new AttendanceRecorded(MEETING, MEETING_DATE, List.of(
                        new AttendanceEntry(MEMBER, AttendanceStatus.PRESENT, SPD, MemberRole.DEPUTY, true),
                        new AttendanceEntry(MEMBER_2, AttendanceStatus.EXCUSED, CDU, MemberRole.CHAIR, true),
                        new AttendanceEntry(MEMBER_3, AttendanceStatus.PRESENT, Affiliation.administration(),
                                MemberRole.ADVISORY, false))),
                new QuorumLackRecorded(MEETING, MEETING_DATE, new Quorum(7, 3, 4, false)),
                new VoteRecorded(MEETING, MEETING_DATE, ITEM, ITEM_TITLE, true, PROPOSAL, VOTE, null,
                        VoteMethod.ROLL_CALL, new Quorum(6, 5, 4, true), new Tally(3, 1, 1), List.of(
                                new FactionTally(GRUENE, 1, 1, new Tally(1, 0, 0)),
                                new FactionTally(CDU, 2, 2, new Tally(0, 1, 1)),
                                new FactionTally(Affiliation.faction("FDP"), 1, 0, Tally.ZERO),
                                new FactionTally(SPD, 2, 2, new Tally(2, 0, 0))),
                        List.of(new MemberVote(MEMBER, SPD, VoteChoice.YES),
                                new MemberVote(UUID.fromString("11111111-2222-4333-8444-555555555555"), SPD,
                                        VoteChoice.YES),
                                new MemberVote(UUID.fromString("66666666-7777-4888-9999-aaaaaaaaaaaa"), GRUENE,
                                        VoteChoice.YES),
                                new MemberVote(MEMBER_2, CDU, VoteChoice.NO),
                                new MemberVote(UUID.fromString("bbbbbbbb-cccc-4ddd-8eee-ffffffffffff"), CDU,
                                        VoteChoice.ABSTAIN)),
                        List.of(UUID.fromString("fedcba98-7654-4321-8fed-cba987654321")), List.of(),
                        List.of(UUID.fromString("12345678-9abc-4def-8123-456789abcdef")), VoteResult.ADOPTED),
                new DecisionRecorded(MEETING, MEETING_DATE, ITEM, ITEM_TITLE, true, PROPOSAL, DecisionOutcome.ADOPTED,
                        "Die AG empfiehlt dem Rat, die Open-Source-Strategie in der Fassung der Vorlage AG-DS/2026/003 "
                                + "zu beschließen.",
                        VOTE, new Tally(3, 1, 1), new CouncilRecommendation(
                                "Der Rat beschließt die Open-Source-Strategie der Gemeinde Blankenheim.",
                                LocalDate.of(2026, 3, 26))),
                new ActionItemAssigned(MEETING, ACTION, ITEM, "Kostenvergleich Nextcloud / Microsoft 365 erstellen",
                        "IT-Leitung", MEMBER_3, LocalDate.of(2026, 5, 31), MEETING_DATE),
                new ActionItemStatusChanged(MEETING, ACTION, ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS,
                        LocalDate.of(2026, 4, 2)),

                new ProposalSubmitted(PROPOSAL, "AG-DS/2026/003", "Open-Source-Strategie der Gemeinde Blankenheim",
                        "Die AG empfiehlt dem Rat, bei allen Neubeschaffungen von Software Open-Source-Lösungen "
                                + "vorrangig zu prüfen und Abweichungen zu begründen.",
                        "Fraktion Bündnis 90/Die Grünen", null, List.of(M365, EXCHANGE), LocalDate.of(2026, 2, 20)),
                new ProposalRevised(PROPOSAL, "Open-Source-Strategie der Gemeinde Blankenheim",
                        "Die AG empfiehlt dem Rat, bei allen Neubeschaffungen von Software Open-Source-Lösungen "
                                + "vorrangig zu prüfen; Ausnahmen begründet die Verwaltung schriftlich.",
                        List.of(M365), LocalDate.of(2026, 2, 27)),
                new ProposalPlacedOnAgenda(PROPOSAL, MEETING, ITEM),
                new ProposalTakenOffAgenda(PROPOSAL, MEETING, ITEM, OffAgendaReason.DEFERRED),
                new ProposalDecided(PROPOSAL, MEETING, ITEM, DecisionOutcome.ADOPTED, MEETING_DATE),
                new ProposalWithdrawn(PROPOSAL, "Durch Ratsbeschluss vom 26.03.2026 erledigt",
                        LocalDate.of(2026, 3, 27)),

                new TrainingPlanned(TRAINING, TRAINING_DETAILS),
                new TrainingRevised(TRAINING, new TrainingDetails(TRAINING_DETAILS.title(), LocalDate.of(2026, 4, 29),
                        TRAINING_DETAILS.format(), TRAINING_DETAILS.audience(), new BigDecimal("4.00"),
                        TRAINING_DETAILS.topics(), TRAINING_DETAILS.provider())),
                new TrainingHeld(TRAINING, TRAINING_DETAILS, 14),
                new TrainingFeedbackRecorded(TRAINING, List.of(5, 4, 4, 5, 3), 11, 48, new BigDecimal("4.36")),
                new TrainingOutcomesRecorded(TRAINING, List.of("Dokumentvorlagen der Verwaltung liegen als ODF vor",
                        "8 Beschäftigte nutzen LibreOffice im Arbeitsalltag")),
                new TrainingCancelled(TRAINING, "Zu wenige Anmeldungen", LocalDate.of(2026, 4, 15)),
                new de.souveraen.contracts.workgroup.MeasureDefined(MEASURE, MEASURE_DETAILS, LocalDate.of(2026, 2, 12)),
                new de.souveraen.contracts.workgroup.MeasureRevised(MEASURE,
                        new de.souveraen.contracts.workgroup.MeasureDetails(
                                "Bestandsaufnahme und Bewertung der Abhängigkeiten",
                                de.souveraen.contracts.workgroup.Mandate.ANALYSIS,
                                "Alle Fachverfahren, Dienste und Verträge erfassen und nach SOV-1 bis SOV-8 bewerten.",
                                "Fachbereich Zentrale Dienste / IT", null, List.of())),
                new de.souveraen.contracts.workgroup.MilestonePlanned(MEASURE, MILESTONE, "Alle Verträge erfasst",
                        LocalDate.of(2026, 4, 30)),
                new de.souveraen.contracts.workgroup.MilestoneReached(MEASURE, MILESTONE, LocalDate.of(2026, 4, 28),
                        "34 Verträge erfasst, 6 mit Kündigungsfrist in 2026."),
                new de.souveraen.contracts.workgroup.MilestoneDropped(MEASURE, MILESTONE, "Vom Kreis übernommen."),
                new de.souveraen.contracts.workgroup.MeasureClosed(MEASURE,
                        de.souveraen.contracts.workgroup.MeasureStatus.COMPLETED, LocalDate.of(2026, 6, 30), null));
    }
}
