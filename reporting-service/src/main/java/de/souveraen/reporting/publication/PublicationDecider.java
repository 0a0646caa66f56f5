package de.souveraen.reporting.publication;

import de.souveraen.contracts.reporting.NarrativeWritten;
import de.souveraen.contracts.reporting.PublicationEvent;
import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Texts;
import de.souveraen.eventstore.store.Aggregate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One quarter's report as the administration prepares and publishes it (stream {@code publication-<period>} within a
 * municipality), pure: a narrative per section while it is a draft, then one publication; afterwards nothing changes
 * (a correction belongs into the next quarter's report).
 */
public final class PublicationDecider implements Decider<PublicationCommand, Publication, PublicationEvent> {
    public static final Aggregate<PublicationCommand, Publication, PublicationEvent> AGGREGATE = new Aggregate<>(
            "publication", new PublicationDecider(), PublicationEvent.class);

    /** The keys of the report's five sections, in the report's order. */
    public static final List<String> SECTIONS = List.of("progress", "risks", "decisions", "finances", "trainings");
    public static final int NARRATIVE_MAX = 4000;
    static final int REFERENCE_MAX = 40;
    static final int OFFICE_MAX = 120;
    static final int ORGANIZATION_MAX = 120;
    static final int ROLE_MAX = 60;
    static final int STEPS_MAX = 6;
    public static final String DEFAULT_ROLE = "Kenntnisnahme";
    private static final Pattern HEX64 = Pattern.compile("^[0-9a-f]{64}$");

    @Override
    public Publication initialState() {
        return Publication.NONE;
    }

    @Override
    public List<PublicationEvent> decide(PublicationCommand command, Publication state) {
        if (state.wasPublished()) {
            throw alreadyPublished(state.period());
        }
        if (command instanceof PublicationCommand.WriteNarrative w) {
            String section = section(w.section());
            String text = narrative(w.text());
            return text.equals(state.narrative(section)) ? List.of()
                    : List.of(new NarrativeWritten(w.period(), section, text));
        }
        PublicationCommand.Publish p = (PublicationCommand.Publish) command;
        PublicationCommand.Details d = details(p.details());
        if (p.contentHash() == null || !HEX64.matcher(p.contentHash()).matches() || p.pdfSha256() == null
                || !HEX64.matcher(p.pdfSha256()).matches() || p.pdfSize() <= 0 || p.pdfPath() == null
                || p.publishedAt() == null) {
            throw new IllegalArgumentException("a publication needs the rendered document's hashes, size and path");
        }
        return List.of(new ReportPublished(p.period(), d.reference(), p.title(), p.publishedAt(),
                d.responsibleOffice(), p.contentHash(), p.pdfSha256(), p.pdfSize(), p.pdfPath(),
                d.consultations().stream().map(s -> new ReportPublished.Consultation(s.organization(), s.date(),
                        s.role())).toList()));
    }

    @Override
    public Publication evolve(Publication state, PublicationEvent event) {
        if (event instanceof NarrativeWritten n) {
            return state.withNarrative(n.period(), n.section(), n.text());
        }
        ReportPublished p = (ReportPublished) event;
        return new Publication(p.period(), state.narratives(), p);
    }

    /** The section key, or 404 for a word that names none of the five. */
    public static String section(String key) {
        if (key == null || !SECTIONS.contains(key)) {
            throw Rejection.notFound("section-not-found", "Diesen Abschnitt hat der Bericht nicht (progress, risks,"
                    + " decisions, finances, trainings).", "The report has no such section (progress, risks,"
                            + " decisions, finances, trainings).");
        }
        return key;
    }

    /** The narrative, stripped: required, at most {@link #NARRATIVE_MAX} characters, no control characters. */
    public static String narrative(String text) {
        return Check.text("text", "Der Text", text, NARRATIVE_MAX);
    }

    /**
     * The Vorlage's header as given, checked and normalised: number and office required; the Beratungsfolge one to
     * {@link #STEPS_MAX} bodies, each with a name and a date, in date order; a missing role is "Kenntnisnahme".
     */
    public static PublicationCommand.Details details(PublicationCommand.Details given) {
        PublicationCommand.Details d = given == null ? new PublicationCommand.Details(null, null, List.of()) : given;
        String reference = Check.text("reference", "Die Vorlagennummer", d.reference(), REFERENCE_MAX);
        String office = Check.text("responsibleOffice", "Das federführende Amt", d.responsibleOffice(), OFFICE_MAX);
        if (d.consultations().isEmpty()) {
            throw Check.missing("consultations", "Die Beratungsfolge");
        }
        if (d.consultations().size() > STEPS_MAX) {
            throw Check.invalid("too-many", "consultations", "Die Beratungsfolge umfasst höchstens " + STEPS_MAX
                    + " Gremien.", "The Beratungsfolge has at most " + STEPS_MAX + " bodies.");
        }
        List<PublicationCommand.Step> steps = new ArrayList<>();
        LocalDate previous = null;
        for (int i = 0; i < d.consultations().size(); i++) {
            PublicationCommand.Step s = d.consultations().get(i);
            String field = "consultations[" + i + "]";
            if (s == null) {
                throw Check.missing(field, "Das Gremium " + (i + 1));
            }
            String organization = Check.text(field + ".organization", "Das Gremium " + (i + 1), s.organization(),
                    ORGANIZATION_MAX);
            LocalDate date = Check.present(field + ".date", "Das Sitzungsdatum von " + organization, s.date());
            String role = Texts.optional(field + ".role", "Die Rolle von " + organization, s.role(), ROLE_MAX);
            if (previous != null && date.isBefore(previous)) {
                throw Check.invalid("out-of-order", field + ".date", "Die Beratungsfolge ist zeitlich geordnet: "
                        + organization + " berät nicht vor dem Gremium davor.",
                        "The Beratungsfolge is in date order: " + organization
                                + " does not meet before the body before it.");
            }
            previous = date;
            steps.add(new PublicationCommand.Step(organization, date, role == null ? DEFAULT_ROLE : role));
        }
        return new PublicationCommand.Details(reference, office, List.copyOf(steps));
    }

    static Rejection alreadyPublished(String period) {
        return new Rejection(Rejection.Kind.CONFLICT, "already-published", "period",
                "Der Bericht " + period + " ist bereits veröffentlicht; er ändert sich nicht mehr (eine Berichtigung"
                        + " steht im nächsten Quartalsbericht).",
                "Report " + period + " is already published; it no longer changes (a correction appears in the next"
                        + " quarter's report).", Map.of("period", Objects.toString(period, "")));
    }
}
