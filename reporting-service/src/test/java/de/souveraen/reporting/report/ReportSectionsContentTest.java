package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.QuarterFixture.Q3;
import static de.souveraen.reporting.report.QuarterFixture.day;
import static de.souveraen.reporting.report.QuarterFixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.budget.AdjustmentKind;
import de.souveraen.contracts.budget.FreezeAuthority;
import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.workgroup.ActionItemAssigned;
import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.MeasureDefined;
import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MilestonePlanned;
import de.souveraen.contracts.workgroup.MilestoneReached;
import de.souveraen.contracts.workgroup.TrainingOutcomesRecorded;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.portal.PageModel.Section;
import de.souveraen.reporting.portal.PageModel.Table;
import de.souveraen.reporting.portal.ReportSections;
import de.souveraen.reporting.readmodel.ViewHarness;
import de.souveraen.reporting.view.Lang;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The report's sections as the portal and the documents show them, from the fixture's quarter with measures and
 * action items: the five sections with their keys, words instead of codes in both languages, tables that fit A4.
 */
class ReportSectionsContentTest {
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z0-9]+)+\\b");
    private static final Pattern LABEL_KEY = Pattern.compile("^[a-z]+([A-Z.][A-Za-z]*)+$");

    private static QuarterlyReport report() {
        ViewHarness views = QuarterFixture.views();
        views.given(day(2, 1), new MeasureDefined(id("m"), new MeasureDetails("Prototypen", Mandate.PROTOTYPES, null,
                "IT-Leitung", QuarterFixture.OSS, List.of(QuarterFixture.MAIL)), day(2, 1)));
        views.given(day(2, 1), new MilestonePlanned(id("m"), id("ms1"), "Pilot Nextcloud", day(8, 1)),
                new MilestonePlanned(id("m"), id("ms2"), "Pilot Matrix", day(9, 1)),
                new MilestonePlanned(id("m"), id("ms3"), "Auswertung", day(11, 1)));
        views.given(day(7, 30), new MilestoneReached(id("m"), id("ms1"), day(7, 30), "30 Nutzende"));
        views.given(day(7, 1), new ActionItemAssigned(id("meeting"), id("a1"), null, "Angebote einholen", "Hauptamt",
                null, day(8, 1), day(7, 1)));
        views.given(day(7, 26), new TrainingOutcomesRecorded(id("T1"), List.of("Vorlagen erstellt")));
        return ReportBuilder.build(Q3, views.documents(ReportBuilder.KINDS), Instant.parse("2026-10-06T08:00:00Z"),
                List.of());
    }

    private static List<String> texts(List<Section> sections, List<Table> tables) {
        List<String> out = new ArrayList<>();
        for (Section s : sections) {
            out.add(s.heading());
            out.addAll(s.paragraphs());
            if (s.table() != null) {
                tables.add(s.table());
                out.add(s.table().caption());
                out.addAll(s.table().headers());
                s.table().rows().forEach(out::addAll);
            }
            out.addAll(texts(s.parts(), tables));
        }
        return out;
    }

    private static Set<String> codes() {
        Set<String> codes = new HashSet<>(List.of("CANCEL_BY", "RENEW_OR_LAPSE", "END_OF_LIFE", "PROPOSAL",
                "MILESTONE", "COMMITMENT", "EXPENSE", "UP", "DOWN", "SAME", "NEW"));
        List<Class<? extends Enum<?>>> enums = new ArrayList<>(InventoryLabels.ENUMS);
        enums.addAll(WorkgroupLabels.ENUMS);
        enums.add(AdjustmentKind.class);
        enums.add(FreezeAuthority.class);
        enums.forEach(type -> List.of(type.getEnumConstants()).forEach(c -> codes.add(c.name())));
        return codes;
    }

    @Test
    void theFiveSectionsShowWordsNeverCodesOrLabelKeysInBothLanguages() {
        QuarterlyReport r = report();
        Set<String> codes = codes();
        for (Lang lang : Lang.values()) {
            List<Section> sections = ReportSections.all(r, lang);
            List<String> texts = texts(sections, new ArrayList<>());

            assertThat(sections).extracting(Section::key)
                    .containsExactly("progress", "risks", "decisions", "finances", "trainings");
            assertThat(texts).as("%s", lang).allSatisfy(text -> {
                assertThat(text).isNotNull();
                assertThat(CODE.matcher(text).find()).as("code in %s", text).isFalse();
                assertThat(codes).as("code %s", text).doesNotContain(text.trim());
                assertThat(LABEL_KEY.matcher(text).matches()).as("label key %s", text).isFalse();
                for (String word : text.split("[\\s(),;:·/]+")) {
                    assertThat(codes).as("code %s in %s", word, text).doesNotContain(word);
                }
            });
        }
    }

    @Test
    void everyTableHasAtMostFiveColumnsAndEveryRowItsColumns() {
        List<Table> tables = new ArrayList<>();
        texts(ReportSections.all(report(), Lang.DE), tables);

        assertThat(tables).isNotEmpty().allSatisfy(t -> {
            assertThat(t.headers()).as(t.caption()).hasSizeLessThanOrEqualTo(5);
            assertThat(t.numeric()).hasSameSizeAs(t.headers());
            assertThat(t.rows()).allSatisfy(row -> assertThat(row).hasSameSizeAs(t.headers()));
        });
    }

    @Test
    void theCouncilReadsMeasuresRiskTrendsOverPlanFreezesAndTrainingOutcomes() {
        List<String> texts = texts(ReportSections.all(report(), Lang.DE), new ArrayList<>());

        assertThat(texts).contains("Sachstand und Fortschritt", "Prototypen (Open-Source-Prototypen)".replace(
                "Open-Source-Prototypen", WorkgroupLabels.de(Mandate.PROTOTYPES)), "Pilot Nextcloud", "30 Nutzende",
                "Pilot Matrix", "Angebote einholen", "Überfällig", "Im Verzug",
                "Haushaltswirtschaftliche Sperre der Kämmerei (§ 25 KomHVO NRW)", "§83-2026-1", "Vorlagen erstellt",
                "neu");
        assertThat(texts).anySatisfy(t -> assertThat(t).startsWith("1 von 3 Meilensteinen"));
    }
}
