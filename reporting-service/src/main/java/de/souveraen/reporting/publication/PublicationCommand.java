package de.souveraen.reporting.publication;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the administration asks of a quarterly report's publication stream ({@code publication-<period>}). */
public sealed interface PublicationCommand {

    /** Writes (replaces) the narrative of one section ({@link PublicationDecider#SECTIONS}) of a draft. */
    record WriteNarrative(String period, String section, String text) implements PublicationCommand {
    }

    /**
     * Publishes the quarter as a Mitteilungsvorlage: what the person gives ({@link Details}) and what the service
     * derived from the report it rendered once (content hash, the PDF's SHA-256, size and path, the time).
     */
    record Publish(String period, Details details, String title, String contentHash, String pdfSha256, int pdfSize,
            String pdfPath, Instant publishedAt) implements PublicationCommand {
    }

    /** The Vorlage's header as given at publication: number, responsible office, Beratungsfolge. */
    record Details(String reference, String responsibleOffice, List<Step> consultations) {
        public Details {
            consultations = consultations == null ? List.of() : consultations;
        }
    }

    /** One body of the Beratungsfolge with its meeting date and its role ({@code Kenntnisnahme} when absent). */
    record Step(String organization, LocalDate date, String role) {
    }
}
