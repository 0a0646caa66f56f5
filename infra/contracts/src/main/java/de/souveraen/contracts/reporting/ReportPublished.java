package de.souveraen.contracts.reporting;

import de.souveraen.contracts.EventType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarterly report was published to the council as a Mitteilungsvorlage. It never changes afterwards: a later
 * correction appears in the next quarter's report.
 *
 * <ul>
 *   <li>{@code period} the quarter ({@code 2026-Q3}); {@code reference} the Vorlage number ({@code MV/2026/017});
 *       {@code title} the document's German title.</li>
 *   <li>{@code contentHash} SHA-256 (hex) of the report's content; {@code pdfSha256} and {@code pdfSize} (bytes) of
 *       the published PDF, which is served unchanged at {@code pdfPath} (a path below the portal's public URL, e.g.
 *       {@code /blankenheim/reports/2026-Q3.pdf}).</li>
 *   <li>{@code consultations} the Beratungsfolge: the bodies that take note of it, in order, with their dates.</li>
 * </ul>
 */
@EventType("reporting.ReportPublished.v1")
public record ReportPublished(String period, String reference, String title, Instant publishedAt,
        String responsibleOffice, String contentHash, String pdfSha256, int pdfSize, String pdfPath,
        List<Consultation> consultations) implements PublicationEvent {

    public ReportPublished {
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
    }

    /** One step of the Beratungsfolge: the body ("Rat der Gemeinde Blankenheim"), the date, and its role. */
    public record Consultation(String organization, LocalDate date, String role) {
    }
}
