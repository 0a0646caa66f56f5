package de.souveraen.contracts.workgroup;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The German and English labels of every enumeration of the workgroup context, in one place. Enums travel as
 * their English UPPER_SNAKE_CASE names; the portal, the reports and OParl show the German label first.
 */
public final class WorkgroupLabels {

    /** A German and an English label. */
    public record Label(String de, String en) {
    }

    /** Every labelled enumeration of the context. */
    public static final List<Class<? extends Enum<?>>> ENUMS = List.of(AffiliationType.class, MemberRole.class,
            AttendanceStatus.class, VoteMethod.class, VoteChoice.class, VoteResult.class, DecisionOutcome.class,
            ActionItemStatus.class, MeetingStatus.class, ProposalStatus.class, OffAgendaReason.class,
            TrainingFormat.class, Audience.class, TrainingStatus.class, Mandate.class, MeasureStatus.class);

    private static final Map<Enum<?>, Label> LABELS;

    static {
        Map<Enum<?>, Label> m = new HashMap<>();
        m.put(AffiliationType.FACTION, new Label("Fraktion", "Faction"));
        m.put(AffiliationType.ADMINISTRATION, new Label("Verwaltung", "Administration"));

        m.put(MemberRole.CHAIR, new Label("Vorsitz", "Chair"));
        m.put(MemberRole.DEPUTY, new Label("Stellvertretender Vorsitz", "Deputy chair"));
        m.put(MemberRole.MEMBER, new Label("Mitglied", "Member"));
        m.put(MemberRole.ADVISORY, new Label("Beratendes Mitglied", "Advisory member"));

        m.put(AttendanceStatus.PRESENT, new Label("Anwesend", "Present"));
        m.put(AttendanceStatus.EXCUSED, new Label("Entschuldigt", "Excused"));
        m.put(AttendanceStatus.ABSENT, new Label("Unentschuldigt abwesend", "Absent"));

        m.put(VoteMethod.TOTALS, new Label("Gesamtergebnis", "Totals"));
        m.put(VoteMethod.BY_FACTION, new Label("Nach Fraktionen", "By faction"));
        m.put(VoteMethod.ROLL_CALL, new Label("Namentliche Abstimmung", "Roll call"));

        m.put(VoteChoice.YES, new Label("Ja", "Yes"));
        m.put(VoteChoice.NO, new Label("Nein", "No"));
        m.put(VoteChoice.ABSTAIN, new Label("Enthaltung", "Abstention"));

        m.put(VoteResult.ADOPTED, new Label("Angenommen", "Adopted"));
        m.put(VoteResult.REJECTED, new Label("Abgelehnt", "Rejected"));
        m.put(VoteResult.NO_QUORUM, new Label("Nicht beschlussfähig", "No quorum"));

        m.put(DecisionOutcome.ADOPTED, new Label("Beschlossen", "Adopted"));
        m.put(DecisionOutcome.REJECTED, new Label("Abgelehnt", "Rejected"));
        m.put(DecisionOutcome.DEFERRED, new Label("Vertagt", "Deferred"));
        m.put(DecisionOutcome.REFERRED, new Label("Verwiesen", "Referred"));

        m.put(ActionItemStatus.OPEN, new Label("Offen", "Open"));
        m.put(ActionItemStatus.IN_PROGRESS, new Label("In Bearbeitung", "In progress"));
        m.put(ActionItemStatus.DONE, new Label("Erledigt", "Done"));

        m.put(MeetingStatus.SCHEDULED, new Label("Geplant", "Scheduled"));
        m.put(MeetingStatus.INVITED, new Label("Eingeladen", "Invited"));
        m.put(MeetingStatus.HELD, new Label("Durchgeführt", "Held"));
        m.put(MeetingStatus.MINUTES_APPROVED, new Label("Niederschrift genehmigt", "Minutes approved"));
        m.put(MeetingStatus.CANCELLED, new Label("Abgesagt", "Cancelled"));

        m.put(ProposalStatus.OPEN, new Label("Offen", "Open"));
        m.put(ProposalStatus.ON_AGENDA, new Label("Auf der Tagesordnung", "On the agenda"));
        m.put(ProposalStatus.DECIDED, new Label("Entschieden", "Decided"));
        m.put(ProposalStatus.WITHDRAWN, new Label("Zurückgezogen", "Withdrawn"));

        m.put(OffAgendaReason.ITEM_REMOVED, new Label("Von der Tagesordnung abgesetzt", "Removed from the agenda"));
        m.put(OffAgendaReason.DEFERRED, new Label("Vertagt", "Deferred"));

        m.put(TrainingFormat.WORKSHOP, new Label("Workshop", "Workshop"));
        m.put(TrainingFormat.TRAINING, new Label("Schulung", "Training"));
        m.put(TrainingFormat.WEBINAR, new Label("Webinar", "Webinar"));
        m.put(TrainingFormat.EXCURSION, new Label("Exkursion", "Excursion"));
        m.put(TrainingFormat.LECTURE, new Label("Vortrag", "Lecture"));
        m.put(TrainingFormat.CONFERENCE, new Label("Fachtagung", "Conference"));
        m.put(TrainingFormat.OTHER, new Label("Sonstiges", "Other"));

        m.put(Audience.WORKGROUP, new Label("Arbeitsgruppe", "Working group"));
        m.put(Audience.COUNCIL, new Label("Rat", "Council"));
        m.put(Audience.ADMINISTRATION, new Label("Verwaltung", "Administration"));
        m.put(Audience.IT_STAFF, new Label("IT-Personal", "IT staff"));
        m.put(Audience.PUBLIC, new Label("Öffentlichkeit", "Public"));
        m.put(Audience.OTHER, new Label("Sonstige", "Other"));

        m.put(TrainingStatus.PLANNED, new Label("Geplant", "Planned"));
        m.put(TrainingStatus.HELD, new Label("Durchgeführt", "Held"));
        m.put(TrainingStatus.CANCELLED, new Label("Abgesagt", "Cancelled"));

        m.put(Mandate.ANALYSIS, new Label("Analyse der Abhängigkeiten", "Analysis of dependencies"));
        m.put(Mandate.CONCEPT, new Label("Dreijahreskonzept", "Three-year concept"));
        m.put(Mandate.PROTOTYPES, new Label("Open-Source-Prototypen", "Open-source prototypes"));
        m.put(Mandate.TRAINING, new Label("Schulungen und Workshops", "Trainings and workshops"));
        m.put(Mandate.RECOMMENDATIONS, new Label("Empfehlungen für den Umstieg", "Recommendations for the transition"));
        m.put(Mandate.FURTHER, new Label("Weitere Maßnahme", "Further measure"));

        m.put(MeasureStatus.ACTIVE, new Label("Laufend", "Active"));
        m.put(MeasureStatus.COMPLETED, new Label("Abgeschlossen", "Completed"));
        m.put(MeasureStatus.STOPPED, new Label("Eingestellt", "Stopped"));
        LABELS = Collections.unmodifiableMap(m);
    }

    private WorkgroupLabels() {
    }

    /** Both labels of a constant; fails for an enum of another context. */
    public static Label label(Enum<?> value) {
        Label label = LABELS.get(value);
        if (label == null) {
            throw new IllegalArgumentException("no label for " + value.getDeclaringClass().getSimpleName() + "." + value);
        }
        return label;
    }

    public static String de(Enum<?> value) {
        return label(value).de();
    }

    public static String en(Enum<?> value) {
        return label(value).en();
    }

    /**
     * The constant whose English name, German label or English label equals {@code text}, ignoring case and
     * surrounding blanks; empty when none does.
     */
    public static <E extends Enum<E>> Optional<E> fromText(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String wanted = text.strip().toLowerCase(Locale.GERMAN);
        for (E constant : type.getEnumConstants()) {
            Label label = label(constant);
            if (constant.name().toLowerCase(Locale.ROOT).equals(wanted)
                    || label.de().toLowerCase(Locale.GERMAN).equals(wanted)
                    || label.en().toLowerCase(Locale.GERMAN).equals(wanted)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }
}
