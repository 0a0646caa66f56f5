package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.workgroup.ActionItemAssigned;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.ActionItemStatusChanged;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.ActionItemEntry;
import de.souveraen.reporting.report.QuarterlyReport.ActionItems;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The working group's action items in section 1: open, done in the quarter, overdue. */
class ActionItemsSectionTest {
    private static final Period Q3 = new Period(2026, 3);
    private final ViewHarness views = new ViewHarness();

    private ActionItems section(Period period) {
        return ProgressSection.actionItems(period, views.documents(ReportBuilder.KINDS));
    }

    private void assigned(String title, LocalDate due, LocalDate on) {
        views.given(on, new ActionItemAssigned(id("meeting"), id(title), null, title, "Hauptamt", null, due, on));
    }

    private void changed(String title, ActionItemStatus from, ActionItemStatus to, LocalDate on) {
        views.given(on, new ActionItemStatusChanged(id("meeting"), id(title), from, to, on));
    }

    @Test
    void openDoneAndOverdueAtTheQuartersEnd() {
        assigned("Angebote einholen", day(10, 31), day(7, 10));
        assigned("Lizenzen zählen", day(8, 31), day(7, 10));
        assigned("Protokoll versenden", day(7, 20), day(7, 10));
        assigned("Altlast", day(5, 1), day(4, 1));
        assigned("Später", day(12, 1), day(10, 5));
        changed("Angebote einholen", ActionItemStatus.OPEN, ActionItemStatus.IN_PROGRESS, day(8, 1));
        changed("Protokoll versenden", ActionItemStatus.OPEN, ActionItemStatus.DONE, day(7, 18));
        changed("Altlast", ActionItemStatus.OPEN, ActionItemStatus.DONE, day(5, 2));
        changed("Lizenzen zählen", ActionItemStatus.OPEN, ActionItemStatus.DONE, day(10, 2));

        ActionItems a = section(Q3);

        assertThat(a.open()).extracting(ActionItemEntry::title, ActionItemEntry::status)
                .containsExactly(tuple("Angebote einholen", ActionItemStatus.IN_PROGRESS));
        assertThat(a.done()).extracting(ActionItemEntry::title, ActionItemEntry::doneOn)
                .containsExactly(tuple("Protokoll versenden", day(7, 18)));
        // done only after the quarter: overdue at its end
        assertThat(a.overdue()).extracting(ActionItemEntry::title, ActionItemEntry::owner)
                .containsExactly(tuple("Lizenzen zählen", "Hauptamt"));
    }
}
