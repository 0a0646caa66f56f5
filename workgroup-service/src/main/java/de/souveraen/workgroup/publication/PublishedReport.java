package de.souveraen.workgroup.publication;

import de.souveraen.contracts.reporting.ReportPublished;
import java.time.Instant;
import java.util.List;

/**
 * A quarterly report the reporting service published (from {@code reporting.ReportPublished.v1}), as the working
 * group's OParl body lists it: a Paper (Mitteilungsvorlage) with the PDF as its main File.
 */
public record PublishedReport(String period, String reference, String title, Instant publishedAt,
        String responsibleOffice, String pdfSha256, int pdfSize, String pdfPath,
        List<ReportPublished.Consultation> consultations) {

    public PublishedReport {
        consultations = consultations == null ? List.of() : List.copyOf(consultations);
    }

    public static PublishedReport of(ReportPublished e) {
        return new PublishedReport(e.period(), e.reference(), e.title(), e.publishedAt(), e.responsibleOffice(),
                e.pdfSha256(), e.pdfSize(), e.pdfPath(), e.consultations());
    }

    /** The key of its Paper and File ids: {@code publication-2026-Q3}. */
    public String key() {
        return "publication-" + period;
    }
}
