package de.souveraen.reporting.portal;

import de.souveraen.reporting.portal.PageModel.Section;
import de.souveraen.reporting.portal.PageModel.Table;
import de.souveraen.reporting.report.ExposureSection;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.view.Charts;
import de.souveraen.reporting.view.Formats;
import de.souveraen.reporting.view.Lang;
import java.util.ArrayList;
import java.util.List;

/** The quarterly report's five sections as the portal and the documents show them (pure). */
public final class ReportSections {
    private ReportSections() {
    }

    public static List<Section> all(QuarterlyReport r, Lang lang) {
        Labels l = new Labels(lang);
        List<Section> sections = new ArrayList<>();
        QuarterlyReport.Progress p = r.progress();
        sections.add(new Section(l.get("progress"), List.of(
                l.get("dependenciesCount") + ": " + Formats.integer(p.dependencies(), lang),
                l.get("assessed") + ": " + Formats.percent(p.shareAssessed(), lang),
                l.get("selected") + ": " + Formats.percent(p.shareWithAlternativeSelected(), lang)),
                Charts.statusDistribution(statusCounts(p, l), lang), statusTable(p, l)));
        Section risks = new Section(l.get("risks"), List.of(), Charts.riskHeatMap(heat(r), lang), new Table(
                l.get("risks"), List.of(l.get("name"), "W × A", l.get("category")), List.of(false, true, false),
                r.risksAndOpportunities().topRisks().stream().map(risk -> List.of(risk.title(),
                        Formats.integer(risk.score(), lang), l.of(risk.category()))).toList()));
        sections.add(r.exposure() == null ? risks : risks.withParts(List.of(exposure(r.exposure(), lang))));
        sections.add(new Section(l.get("decisions"), List.of(), null, decisionsTable(r, l, lang)));
        sections.add(finances(r, lang));
        QuarterlyReport.Trainings t = r.trainings();
        sections.add(new Section(l.get("trainingResults"), List.of(
                l.get("sessions") + ": " + Formats.integer(t.sessions(), lang) + " · " + l.get("participants")
                        + ": " + Formats.integer(t.participants(), lang)), null, null));
        return sections;
    }

    /**
     * Jurisdiction exposure (issue 20): the key figures, a table by ultimate parent company (Konzern, Sitzland,
     * Rechtsrahmen, Abhängigkeiten, Nutzende, Jahreskosten) and the trend per quarter as a chart.
     */
    public static Section exposure(QuarterlyReport.Exposure e, Lang lang) {
        List<String> paragraphs = List.of(
                lang.pick("Nicht-EU-Recht unterliegen ", "Subject to non-EU law: ")
                        + Formats.integer(e.exposedDependencies(), lang) + lang.pick(" von ", " of ")
                        + Formats.integer(e.dependencies(), lang) + lang.pick(" Abhängigkeiten mit ", " dependencies with ")
                        + Formats.integer(e.exposedUsers(), lang) + lang.pick(" Nutzenden und ", " users and ")
                        + Formats.money(e.exposedAnnualCost(), lang) + lang.pick(" Jahreskosten (", " a year (")
                        + Formats.percent(e.exposedShareOfCost(), lang)
                        + lang.pick(" der Jahreskosten).", " of the yearly cost)."),
                lang.pick("Davon unter dem CLOUD Act oder einem vergleichbaren Zugriffsgesetz: ",
                        "Of these under the CLOUD Act or a similar access law: ")
                        + Formats.integer(e.cloudActDependencies(), lang)
                        + lang.pick(" Abhängigkeiten, ", " dependencies, ") + Formats.integer(e.cloudActUsers(), lang)
                        + lang.pick(" Nutzende, ", " users, ") + Formats.money(e.cloudActAnnualCost(), lang)
                        + lang.pick(" Jahreskosten. Maßgeblich ist der Sitz des obersten Mutterkonzerns.",
                                " a year. What counts is the seat of the ultimate parent company."));
        List<List<String>> rows = e.byParent().stream().map(g -> List.of(g.parentCompany(),
                ExposureSection.countryName(g.country(), lang.locale()),
                lang.pick(ExposureSection.lawDe(g.law()), ExposureSection.lawEn(g.law())),
                Formats.integer(g.dependencies(), lang), Formats.integer(g.users(), lang),
                Formats.money(g.annualCost(), lang))).toList();
        Table table = new Table(lang.pick("Rechtsrahmen nach Konzern", "Legal exposure by parent company"),
                List.of(lang.pick("Konzern", "Parent company"), lang.pick("Sitzland", "Country"),
                        lang.pick("Rechtsrahmen", "Legal framework"), lang.pick("Abhängigkeiten", "Dependencies"),
                        lang.pick("Nutzende", "Users"), lang.pick("Jahreskosten", "Yearly cost")),
                List.of(false, false, false, true, true, true), rows);
        String chart = e.trend().isEmpty() ? null : Charts.exposureTrend(e.trend().stream()
                .map(p -> new Charts.ExposureBar(p.period(), p.exposedDependencies(), p.exposedAnnualCost(),
                        p.cloudActAnnualCost())).toList(), lang);
        return new Section("exposure", lang.pick("Rechtliche Abhängigkeit: Nicht-EU-Recht und CLOUD Act",
                "Legal exposure: non-EU law and the CLOUD Act"), null, paragraphs, chart, table, List.of());
    }

    public static Section finances(QuarterlyReport r, Lang lang) {
        return financeSection(r, new Labels(lang), lang);
    }

    private static List<Charts.StatusCount> statusCounts(QuarterlyReport.Progress p, Labels l) {
        return p.byStatus().entrySet().stream().map(e -> new Charts.StatusCount(l.of(e.getKey()), e.getValue()))
                .toList();
    }

    private static Table statusTable(QuarterlyReport.Progress p, Labels l) {
        return new Table(l.get("progress"), List.of(l.get("status"), "Anzahl / count"), List.of(false, true),
                p.byStatus().entrySet().stream().map(e -> List.of(l.of(e.getKey()), String.valueOf(e.getValue())))
                        .toList());
    }

    private static long[][] heat(QuarterlyReport r) {
        long[][] counts = new long[5][5];
        r.risksAndOpportunities().topRisks().forEach(risk -> counts[Math.max(1, Math.min(5, risk.likelihood())) - 1]
                [Math.max(1, Math.min(5, risk.impact())) - 1]++);
        return counts;
    }

    private static Table decisionsTable(QuarterlyReport r, Labels l, Lang lang) {
        List<List<String>> rows = new ArrayList<>();
        r.upcomingDecisions().deadlines().forEach(d -> rows.add(List.of(Formats.date(d.date(), lang), l.of(d.kind()),
                d.dependency() + " (" + d.vendor() + ")")));
        r.upcomingDecisions().recommendations().forEach(rec -> rows.add(List.of(
                Formats.date(rec.councilSessionDate(), lang), l.get("recommendation"), rec.text())));
        r.upcomingDecisions().openProposals().forEach(p -> rows.add(List.of(Formats.date(p.submittedOn(), lang),
                lang.pick("Offene Vorlage", "Open proposal"), p.title())));
        return new Table(l.get("decisions"), List.of(l.get("date"), l.get("deadline"), l.get("name")),
                List.of(false, false, false), rows);
    }

    private static Section financeSection(QuarterlyReport r, Labels l, Lang lang) {
        QuarterlyReport.Finances f = r.finances();
        List<Charts.BudgetBar> bars = f.lines().stream().map(line -> new Charts.BudgetBar(line.title(),
                line.adjusted(), line.committed(), line.spent(), line.available())).toList();
        List<List<String>> rows = new ArrayList<>();
        for (QuarterlyReport.Line line : f.lines()) {
            rows.add(List.of(line.code() + " – " + line.title(), Formats.money(line.appropriated(), lang),
                    Formats.money(line.adjusted(), lang), Formats.money(line.committed(), lang),
                    Formats.money(line.spent(), lang), Formats.money(line.available(), lang),
                    Formats.percent(line.percentUsed(), lang)));
        }
        QuarterlyReport.Money t = f.total();
        rows.add(List.of(l.get("total"), Formats.money(t.appropriated(), lang), Formats.money(t.adjusted(), lang),
                Formats.money(t.committed(), lang), Formats.money(t.spent(), lang), Formats.money(t.available(), lang),
                Formats.percent(t.percentUsed(), lang)));
        return new Section(l.get("finances"), List.of(), Charts.budgetUsage(bars, lang), new Table(
                l.get("finances") + " " + f.fiscalYear(), List.of(l.get("line"), l.get("appropriated"),
                        l.get("adjusted"), l.get("committed"), l.get("spent"), l.get("available"), l.get("used")),
                List.of(false, true, true, true, true, true, true), rows));
    }
}
