package de.souveraen.reporting.publication;

import de.souveraen.contracts.reporting.ReportPublished;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the document shows besides the report's figures: the Mitteilungsvorlage's header (number, responsible office,
 * date, Beratungsfolge; for a draft all {@code null} and shown as placeholders) and the administration's narrative
 * per section key.
 */
public record Vorlage(boolean draft, String reference, String responsibleOffice, LocalDate date,
        List<ReportPublished.Consultation> consultations, Map<String, String> narratives) {
    public static final Vorlage EMPTY_DRAFT = new Vorlage(true, null, null, null, List.of(), Map.of());

    public Vorlage {
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
        narratives = narratives == null ? Map.of() : Map.copyOf(narratives);
    }

    /** A draft with the narratives written so far. */
    public static Vorlage draft(Publication state) {
        return new Vorlage(true, null, null, null, List.of(), state.narratives());
    }

    /** The published Vorlage, or the draft while the quarter is not published. */
    public static Vorlage of(Publication state) {
        ReportPublished p = state.published();
        if (p == null) {
            return draft(state);
        }
        return new Vorlage(false, p.reference(), p.responsibleOffice(),
                LocalDate.ofInstant(p.publishedAt(), de.souveraen.eventstore.text.German.ZONE), p.consultations(),
                state.narratives());
    }

    /** The Vorlage as it will be published with {@code details} on {@code date}. */
    public static Vorlage publishing(Publication state, PublicationCommand.Details details, LocalDate date) {
        return new Vorlage(false, details.reference(), details.responsibleOffice(), date, details.consultations()
                .stream().map(s -> new ReportPublished.Consultation(s.organization(), s.date(), s.role())).toList(),
                state.narratives());
    }

    public String narrative(String section) {
        return section == null ? null : narratives.get(section);
    }
}
