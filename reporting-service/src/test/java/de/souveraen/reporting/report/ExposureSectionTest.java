package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.dependency;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import de.souveraen.contracts.inventory.Adequacy;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyUpdated;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.reporting.portal.PageModel.Section;
import de.souveraen.reporting.portal.ReportSections;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.report.QuarterlyReport.Exposure;
import de.souveraen.reporting.report.QuarterlyReport.ExposureGroup;
import de.souveraen.reporting.report.QuarterlyReport.ExposurePoint;
import de.souveraen.reporting.view.Lang;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Jurisdiction exposure from inventory events: by the ultimate parent company, at each quarter's end. */
class ExposureSectionTest {
    private static final Period Q2 = new Period(2026, 2);
    private static final JurisdictionFlags US = new JurisdictionFlags("US", false, false, Adequacy.PARTIAL, true);
    private static final JurisdictionFlags IE = new JurisdictionFlags("IE", true, true, Adequacy.EEA, false);
    private static final JurisdictionFlags DE = new JurisdictionFlags("DE", true, true, Adequacy.EEA, false);
    private static final JurisdictionFlags CH = new JurisdictionFlags("CH", false, false, Adequacy.FULL, false);
    private final ViewHarness views = new ViewHarness();

    private Exposure section(Period period) {
        return ExposureSection.of(period, views.documents(ReportBuilder.KINDS));
    }

    private static DependencyDetails details(String name, String vendor, String country, int users, String cost,
            String parent, String parentCountry) {
        DependencyDetails d = dependency(name, cost, null, null);
        return new DependencyDetails(name, vendor, country, d.category(), d.hosting(), d.dataClassification(), users,
                d.annualCost(), d.criticality(), null, List.of(), null, null, parent, parentCountry);
    }

    private void register(LocalDate on, String name, DependencyDetails details, JurisdictionFlags effective,
            JurisdictionFlags vendor) {
        views.given(on, new DependencyRegistered(id(name), details, effective, vendor));
    }

    /** Microsoft via its Irish subsidiary (US group), Amazon directly (US), a Swiss vendor, a German one. */
    private void inventory() {
        register(day(1, 15), "m365", details("Microsoft 365", "Microsoft Ireland Operations Ltd", "IE", 120,
                "38400.00", "Microsoft Corporation", "US"), US, IE);
        register(day(1, 20), "teams", details("Teams Telefonie", "Microsoft Ireland Operations Ltd", "IE", 40,
                "4800.00", "Microsoft Corporation", "US"), US, IE);
        register(day(2, 3), "aws", details("Cloud-Speicher", "Amazon Web Services Inc.", "US", 10, "6000.00", null,
                null), US, US);
        register(day(4, 10), "swiss", details("Archiv", "Archiv AG", "CH", 25, "3000.00", null, null), CH, CH);
        register(day(1, 5), "kdn", details("Fachverfahren", "KDN", "DE", 300, "20000.00", null, null), DE, DE);
    }

    @Test
    void an_irish_subsidiary_of_a_us_group_counts_as_cloud_act_under_its_parent() {
        inventory();

        Exposure e = section(Q2);

        assertThat(e.dependencies()).isEqualTo(5);
        assertThat(e.exposedDependencies()).isEqualTo(4);
        assertThat(e.exposedUsers()).isEqualTo(120 + 40 + 10 + 25);
        assertThat(e.exposedAnnualCost()).isEqualByComparingTo("52200.00");
        assertThat(e.cloudActDependencies()).isEqualTo(3);
        assertThat(e.cloudActUsers()).isEqualTo(170);
        assertThat(e.cloudActAnnualCost()).isEqualByComparingTo("49200.00");
        assertThat(e.exposedShareOfCost()).isEqualByComparingTo("72.3"); // 52.200 of 72.200
        assertThat(e.byParent()).extracting(ExposureGroup::parentCompany, ExposureGroup::countryName,
                ExposureGroup::lawLabel, ExposureGroup::dependencies, ExposureGroup::users)
                .containsExactly(tuple("Microsoft Corporation", "Vereinigte Staaten", "CLOUD Act", 2L, 160L),
                        tuple("Amazon Web Services Inc.", "Vereinigte Staaten", "CLOUD Act", 1L, 10L),
                        tuple("Archiv AG", "Schweiz", "Nicht-EU-Recht", 1L, 25L));
        assertThat(e.byParent().get(0).vendors()).containsExactly("Microsoft Ireland Operations Ltd");
        assertThat(e.byParent().get(0).annualCost()).isEqualByComparingTo("43200.00");
    }

    @Test
    void the_trend_counts_each_quarter_end_since_the_first_registration() {
        inventory();
        // Q3: the parent is recorded late for a vendor, one dependency is retired
        views.given(day(7, 2), new DependencyUpdated(id("swiss"), details("Archiv", "Archiv AG", "CH", 25,
                "3000.00", "Archiv Holding Inc.", "US"), US, CH, List.of("parentCompany", "parentCountry")));
        views.given(day(8, 1), new MigrationStatusChanged(id("aws"), MigrationStatus.MIGRATED, MigrationStatus.RETIRED,
                null, day(8, 1)));

        List<ExposurePoint> trend = section(new Period(2026, 3)).trend();

        assertThat(trend).extracting(ExposurePoint::period, ExposurePoint::exposedDependencies,
                ExposurePoint::cloudActDependencies).containsExactly(tuple("2026-Q1", 3L, 3L),
                        tuple("2026-Q2", 4L, 3L), tuple("2026-Q3", 3L, 3L));
        assertThat(trend.get(2).exposedAnnualCost()).isEqualByComparingTo("46200.00");
        // the earlier quarters stay as they were
        assertThat(section(Q2).byParent()).extracting(ExposureGroup::lawLabel).contains("Nicht-EU-Recht");
    }

    @Test
    void nothing_registered_means_no_exposure_and_no_trend() {
        Exposure e = section(Q2);
        assertThat(e.dependencies()).isZero();
        assertThat(e.exposedAnnualCost()).isEqualByComparingTo("0");
        assertThat(e.byParent()).isEmpty();
        assertThat(e.trend()).isEmpty();
    }

    @Test
    void the_report_section_shows_german_labels_a_table_by_parent_and_a_trend_chart() {
        inventory();
        Exposure e = section(Q2);

        Section de = ReportSections.exposure(e, Lang.DE);
        Section en = ReportSections.exposure(e, Lang.EN);

        assertThat(de.table().headers()).containsExactly("Konzern (Sitzland)", "Rechtsrahmen", "Abhängigkeiten",
                "Nutzende", "Jahreskosten");
        assertThat(de.table().rows().get(0)).containsExactly("Microsoft Corporation (Vereinigte Staaten)",
                "CLOUD Act", "2", "160", "43.200,00\u00a0€");
        assertThat(de.paragraphs().get(0)).contains("4 von 5 Abhängigkeiten");
        assertThat(de.chart()).startsWith("<svg").contains("2026 Q1").contains("2026 Q2");
        assertThat(en.table().rows().get(0)).contains("Microsoft Corporation (United States)");
        assertThat(String.join(" ", de.paragraphs()) + de.table().rows() + de.chart()).doesNotContain("CLOUD_ACT",
                "NON_EU_LAW");
    }
}
