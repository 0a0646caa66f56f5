package de.souveraen.reporting.publication;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.reporting.NarrativeWritten;
import de.souveraen.contracts.reporting.PublicationEvent;
import de.souveraen.contracts.reporting.ReportPublished;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.eventstore.domain.Rejection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Narrative and publication of one quarter, given/when/then on the pure decider. */
class PublicationDeciderTest {
    static final String HASH = "5f2b9c0e7d4a1b3c6e8f0a2d4c6b8e0f1a3c5e7b9d1f3a5c7e9b1d3f5a7c9e1b";
    static final String PDF = "0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f9";
    static final Instant AT = Instant.parse("2026-10-14T08:30:00Z");

    static DeciderSpec<PublicationCommand, Publication, PublicationEvent> spec() {
        return DeciderSpec.of(new PublicationDecider());
    }

    static PublicationCommand.Details details(List<PublicationCommand.Step> steps) {
        return new PublicationCommand.Details(" MV/2026/017 ", "Fachbereich 1", steps);
    }

    static final List<PublicationCommand.Step> STEPS = List.of(
            new PublicationCommand.Step("Arbeitsgruppe", LocalDate.of(2026, 10, 21), null),
            new PublicationCommand.Step("Rat der Gemeinde Blankenheim", LocalDate.of(2026, 11, 18), "Beschluss"));

    static PublicationCommand.Publish publish(PublicationCommand.Details d) {
        return new PublicationCommand.Publish("2026-Q3", d, "Quartalsbericht", HASH, PDF, 1024,
                "/blankenheim/reports/2026-Q3.pdf", AT);
    }

    @Test
    void a_narrative_is_written_stripped_and_replaced_and_the_same_text_again_changes_nothing() {
        spec().when(new PublicationCommand.WriteNarrative("2026-Q3", "risks", "  Zwei Risiken.\n\nEin Ausblick. "))
                .then(new NarrativeWritten("2026-Q3", "risks", "Zwei Risiken.\n\nEin Ausblick."));
        var after = spec().given(new NarrativeWritten("2026-Q3", "risks", "Alt"),
                new NarrativeWritten("2026-Q3", "progress", "Fortschritt"));
        assertThat(after.state().narratives()).containsExactly(java.util.Map.entry("progress", "Fortschritt"),
                java.util.Map.entry("risks", "Alt"));
        after.when(new PublicationCommand.WriteNarrative("2026-Q3", "risks", "Alt")).thenNothing();
    }

    @Test
    void a_narrative_is_required_at_most_4000_characters_without_control_characters_of_a_known_section() {
        spec().when(new PublicationCommand.WriteNarrative("2026-Q3", "risks", "  ")).thenRejected("required", "text");
        spec().when(new PublicationCommand.WriteNarrative("2026-Q3", "risks", "x".repeat(4001)))
                .thenRejected("too-long", "text");
        assertThat(spec().when(new PublicationCommand.WriteNarrative("2026-Q3", "risks", "x".repeat(4000)))
                .events()).hasSize(1);
        Rejection control = spec().when(new PublicationCommand.WriteNarrative("2026-Q3", "risks", "a\u0007b"))
                .thenRejected("control-characters", "text");
        assertThat(control.messageDe()).contains("Steuerzeichen");
        spec().when(new PublicationCommand.WriteNarrative("2026-Q3", "summary", "Text"))
                .thenRejected(Rejection.Kind.NOT_FOUND, "section-not-found", null);
    }

    @Test
    void publication_carries_the_vorlage_with_the_default_role_and_freezes_the_quarter() {
        var published = spec().given(new NarrativeWritten("2026-Q3", "progress", "Text")).when(publish(details(STEPS)))
                .event(ReportPublished.class);
        assertThat(published.reference()).isEqualTo("MV/2026/017");
        assertThat(published.consultations()).extracting(ReportPublished.Consultation::role)
                .containsExactly("Kenntnisnahme", "Beschluss");
        assertThat(published.pdfSha256()).isEqualTo(PDF);
        var frozen = spec().given(new NarrativeWritten("2026-Q3", "progress", "Text"), published);
        assertThat(frozen.state().wasPublished()).isTrue();
        assertThat(frozen.state().narrative("progress")).isEqualTo("Text");
        frozen.when(new PublicationCommand.WriteNarrative("2026-Q3", "progress", "Neu"))
                .thenRejected(Rejection.Kind.CONFLICT, "already-published", "period");
        frozen.when(publish(details(STEPS))).thenRejected(Rejection.Kind.CONFLICT, "already-published", "period");
    }

    @Test
    void the_vorlage_needs_number_office_and_an_ordered_beratungsfolge() {
        spec().when(publish(new PublicationCommand.Details(null, "FB 1", STEPS))).thenRejected("required",
                "reference");
        spec().when(publish(new PublicationCommand.Details("MV/1", " ", STEPS))).thenRejected("required",
                "responsibleOffice");
        spec().when(publish(details(List.of()))).thenRejected("required", "consultations");
        spec().when(publish(details(List.of(new PublicationCommand.Step("Rat", null, null)))))
                .thenRejected("required", "consultations[0].date");
        spec().when(publish(details(List.of(STEPS.get(1), STEPS.get(0))))).thenRejected("out-of-order",
                "consultations[1].date");
        spec().when(publish(details(java.util.Collections.nCopies(7, STEPS.get(0))))).thenRejected("too-many",
                "consultations");
    }
}
