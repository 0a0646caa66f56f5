package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.workgroup.ProposalSubmitted;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.Meta;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetaSectionTest {
    private final ViewHarness views = new ViewHarness();

    private Meta meta(Period period) {
        return MetaSection.of(period, views.documents(ReportBuilder.KINDS));
    }

    private void proposal(String name, LocalDate on) {
        views.given(on, new ProposalSubmitted(id(name), name, name, "Text", "AK", null, List.of(), on));
    }

    @Test
    void theFiguresStandAtTheStartOfTheNextQuarterInBerlin() {
        // summer time in April, winter time in January
        assertThat(meta(new Period(2026, 1)).asOf()).isEqualTo(Instant.parse("2026-03-31T22:00:00Z"));
        assertThat(meta(new Period(2026, 4)).asOf()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
        assertThat(meta(new Period(2026, 4)).from()).isEqualTo(day(10, 1));
        assertThat(meta(new Period(2026, 4)).to()).isEqualTo(day(12, 31));
        assertThat(meta(new Period(2026, 4)).contentHash()).isNull();
    }

    @Test
    void eventsAreCountedPerSourceUpToTheQuarterEndIncludingEarlierYears() {
        proposal("a", LocalDate.of(2025, 11, 1));
        proposal("b", day(2, 1));
        proposal("c", day(3, 31));
        proposal("d", day(4, 1));

        Meta meta = meta(new Period(2026, 1));

        assertThat(meta.events()).containsEntry("workgroup", 3L).containsEntry("budget", 0L)
                .containsEntry("inventory", 0L);
        assertThat(meta(new Period(2025, 4)).events()).containsEntry("workgroup", 1L);
    }
}
