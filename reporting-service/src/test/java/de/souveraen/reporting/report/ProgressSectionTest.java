package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.assessed;
import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.dependency;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static de.souveraen.reporting.report.QuarterFixture.status;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStepPlanned;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.Progress;
import de.souveraen.reporting.report.QuarterlyReport.RoadmapStep;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ProgressSectionTest {
    private static final Period Q2 = new Period(2026, 2);
    private final ViewHarness views = new ViewHarness();

    private UUID registered(String name, LocalDate on) {
        UUID id = id(name);
        views.given(on, new DependencyRegistered(id, dependency(name, "1000.00", null, null), null));
        return id;
    }

    private Progress progress(Period period) {
        return ProgressSection.of(period, views.documents(ReportBuilder.KINDS));
    }

    @Test
    void withoutDependenciesEveryCountAndShareIsZero() {
        Progress p = progress(Q2);

        assertThat(p.dependencies()).isZero();
        assertThat(p.byStatus()).hasSize(MigrationStatus.values().length).allSatisfy((s, n) -> assertThat(n).isZero());
        assertThat(p.shareAssessed()).isEqualByComparingTo("0.0");
        assertThat(p.roadmapDue()).isEmpty();
    }

    @Test
    void aDependencyCountsFromItsRegistrationAndItsArrivalIsAChangeDuringTheQuarter() {
        registered("A", day(1, 10));
        registered("B", day(5, 10));
        registered("C", day(7, 10));

        Progress q1 = progress(new Period(2026, 1));
        Progress q2 = progress(Q2);

        assertThat(q1.dependencies()).isEqualTo(1);
        assertThat(q2.dependencies()).isEqualTo(2);
        assertThat(q2.byStatus()).containsEntry(MigrationStatus.IDENTIFIED, 2L);
        assertThat(q2.changeDuringQuarter()).containsEntry(MigrationStatus.IDENTIFIED, 1L);
    }

    @Test
    void aStatusChangeInTheQuarterMovesOneDependencyFromItsOldStatusToItsNew() {
        UUID a = registered("A", day(1, 10));
        views.given(day(2, 1), status(a, MigrationStatus.IDENTIFIED, MigrationStatus.ASSESSED, day(2, 1)));
        views.given(day(5, 1), status(a, MigrationStatus.ASSESSED, MigrationStatus.PILOT, day(5, 1)));
        views.given(day(8, 1), status(a, MigrationStatus.PILOT, MigrationStatus.MIGRATED, day(8, 1)));

        Progress p = progress(Q2);

        assertThat(p.byStatus()).containsEntry(MigrationStatus.PILOT, 1L).containsEntry(MigrationStatus.MIGRATED, 0L);
        assertThat(p.changeDuringQuarter()).containsEntry(MigrationStatus.ASSESSED, -1L)
                .containsEntry(MigrationStatus.PILOT, 1L).containsEntry(MigrationStatus.MIGRATED, 0L);
        // a pilot counts as an alternative selected
        assertThat(p.shareWithAlternativeSelected()).isEqualByComparingTo("100.0");
    }

    @Test
    void onlyAssessmentsUpToTheQuarterEndCountAsAssessed() {
        UUID a = registered("A", day(1, 10));
        UUID b = registered("B", day(1, 10));
        registered("C", day(1, 10));
        views.given(day(4, 1), assessed(a, day(4, 1), "2.0", 2));
        views.given(day(7, 1), assessed(b, day(7, 1), "2.0", 2));

        assertThat(progress(Q2).shareAssessed()).isEqualByComparingTo("33.3");
        assertThat(progress(new Period(2026, 3)).shareAssessed()).isEqualByComparingTo("66.7");
    }

    @Test
    void aStepDueInTheQuarterIsDoneWhenTheStatusReachedItButNeverForAKeptDependency() {
        UUID a = registered("A", day(1, 10));
        UUID k = registered("K", day(1, 10));
        views.given(day(1, 11), new MigrationStepPlanned(a, MigrationStatus.PILOT, "2026-Q2"),
                new MigrationStepPlanned(a, MigrationStatus.MIGRATED, "2026-Q2"),
                new MigrationStepPlanned(a, MigrationStatus.RETIRED, "2026-Q3"),
                new MigrationStepPlanned(k, MigrationStatus.ASSESSED, "2026-Q2"));
        views.given(day(6, 1), status(a, MigrationStatus.IDENTIFIED, MigrationStatus.MIGRATING, day(6, 1)),
                status(k, MigrationStatus.IDENTIFIED, MigrationStatus.KEPT, day(6, 1)));

        Progress p = progress(Q2);

        assertThat(p.roadmapDue()).extracting(RoadmapStep::dependency, RoadmapStep::step, RoadmapStep::done)
                .containsExactly(tuple("A", MigrationStatus.PILOT, true),
                        tuple("A", MigrationStatus.MIGRATED, false),
                        tuple("K", MigrationStatus.ASSESSED, false));
        assertThat(p.roadmapDone()).isEqualTo(1);
    }
}
