package de.souveraen.reporting.portal;

import de.souveraen.reporting.portal.PageModel.Section;
import de.souveraen.reporting.portal.PageModel.Table;
import de.souveraen.reporting.report.ExposureSection;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.view.Charts;
import de.souveraen.reporting.view.Formats;
import de.souveraen.reporting.view.Lang;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The quarterly report's five sections as the portal and the documents show them (pure): each with its key, its
 * figures, a chart and a table, and sub-sections for the rest. Every code is shown through {@link Labels}; no table
 * has more than five columns, so each fits an A4 portrait page.
 */
public final class ReportSections {
    private static final List<Boolean> TEXT_3 = List.of(false, false, false);
    private static final List<Boolean> TEXT_4 = List.of(false, false, false, false);

    private ReportSections() {
    }

    public static List<Section> all(QuarterlyReport r, Lang lang) {
        Labels l = new Labels(lang);
        List<Section> sections = new ArrayList<>();
        sections.add(progress(r, l, lang));
        Section risks = risks(r, l, lang);
        if (r.exposure() != null) {
            List<Section> parts = new ArrayList<>(risks.parts());
            parts.add(exposure(r.exposure(), lang));
            risks = risks.withParts(parts);
        }
        sections.add(risks);
        sections.add(decisions(r, l, lang));
        sections.add(finances(r, lang));
        sections.add(trainings(r, l, lang));
        return sections;
    }

    private static Section progress(QuarterlyReport r, Labels l, Lang lang) {
        QuarterlyReport.Progress p = r.progress();
        List<Section> parts = new ArrayList<>();
        List<List<String>> measures = p.measures().stream().map(m -> List.of(
                m.title() + " (" + l.of(m.mandate()) + ")", text(m.responsible()), l.of(m.status()),
                lang.pick(m.reached() + " von " + m.planned() + " Meilensteinen", m.reached() + " of " + m.planned()
                        + " milestones") + " (" + Formats.percent(m.progress(), lang) + ")",
                m.onTrack() ? l.get("onTrack") : l.get("offTrack"))).toList();
        List<List<String>> achieved = new ArrayList<>();
        p.measures().forEach(m -> m.achieved().forEach(ms -> achieved.add(List.of(m.title(), ms.title(),
                Formats.date(ms.reachedOn(), lang), text(ms.note())))));
        parts.add(new Section(null, l.get("achieved"), null, List.of(), null, new Table(l.get("achieved"),
                List.of(l.get("measure"), l.get("milestone"), l.get("reachedOn"), l.get("result")), TEXT_4, achieved),
                List.of()));
        List<List<String>> late = new ArrayList<>();
        p.measures().forEach(m -> m.late().forEach(ms -> late.add(List.of(m.title(), ms.title(),
                Formats.date(ms.due(), lang), text(m.responsible())))));
        parts.add(new Section(null, l.get("late"), null, List.of(), null, new Table(l.get("late"),
                List.of(l.get("measure"), l.get("milestone"), l.get("due"), l.get("responsible")), TEXT_4, late),
                List.of()));
        parts.add(new Section(null, l.get("measureLinks"), null, List.of(), null, new Table(l.get("measureLinks"),
                List.of(l.get("measure"), l.get("line"), l.get("dependencies")), TEXT_3, p.measures().stream()
                        .map(m -> List.of(m.title(), m.budgetLine() == null ? "–" : m.budgetLine()
                                + (m.budgetLineTitle() == null ? "" : " – " + m.budgetLineTitle()),
                                m.dependencies().isEmpty() ? "–" : String.join(", ", m.dependencies())))
                        .toList()), List.of()));
        parts.add(new Section(null, l.get("migrationState"), null, List.of(
                l.get("assessed") + ": " + Formats.percent(p.shareAssessed(), lang),
                l.get("selected") + ": " + Formats.percent(p.shareWithAlternativeSelected(), lang)), null,
                statusTable(p, l), List.of()));
        parts.add(new Section(null, l.get("trend"), null, List.of(), Charts.sovereigntyTrend(p.sovereigntyTrend()
                .stream().map(t -> new Charts.TrendBar(t.period(), t.averageScore(), t.sealLevels())).toList(), lang),
                new Table(l.get("trend"), List.of(l.get("quarter"), l.get("assessedCount"), l.get("averageScore"),
                        l.get("sealDistribution")), List.of(false, true, true, false), p.sovereigntyTrend().stream()
                                .map(t -> List.of(t.period(), Formats.integer(t.assessed(), lang),
                                        Formats.decimal(t.averageScore(), 1, lang), seal(t.sealLevels())))
                                .toList()), List.of()));
        QuarterlyReport.ActionItems a = p.actionItems();
        List<List<String>> items = new ArrayList<>();
        a.overdue().forEach(i -> items.add(List.of(i.title(), text(i.owner()), Formats.date(i.due(), lang),
                l.get("overdueItem"))));
        a.open().forEach(i -> items.add(List.of(i.title(), text(i.owner()), Formats.date(i.due(), lang),
                l.of(i.status()))));
        a.done().forEach(i -> items.add(List.of(i.title(), text(i.owner()), Formats.date(i.due(), lang),
                l.get("doneOn") + " " + Formats.date(i.doneOn(), lang))));
        parts.add(new Section(null, l.get("actionItems"), null, List.of(l.get("actionItemsOpen") + ": "
                + Formats.integer(a.open().size(), lang) + " · " + l.get("actionItemsDone") + ": "
                + Formats.integer(a.done().size(), lang) + " · " + l.get("actionItemsOverdue") + ": "
                + Formats.integer(a.overdue().size(), lang)), null, new Table(l.get("actionItems"),
                        List.of(l.get("task"), l.get("responsible"), l.get("due"), l.get("status")), TEXT_4, items),
                List.of()));
        // the section's own chart is the dependencies' migration state, its table the measures
        return new Section("progress", l.get("progress"), null, List.of(
                l.get("measuresOnTrack") + ": " + Formats.integer(p.measuresOnTrack(), lang) + " / "
                        + Formats.integer(p.measures().size(), lang),
                l.get("dependenciesCount") + ": " + Formats.integer(p.dependencies(), lang)),
                Charts.statusDistribution(statusCounts(p, l), lang), new Table(l.get("measures"), List.of(
                        l.get("measure"), l.get("responsible"), l.get("status"), l.get("measureProgress"),
                        l.get("onTrackColumn")), List.of(false, false, false, false, false), measures), parts);
    }

    private static Section risks(QuarterlyReport r, Labels l, Lang lang) {
        QuarterlyReport.RisksAndOpportunities ro = r.risksAndOpportunities();
        List<Section> parts = new ArrayList<>();
        parts.add(new Section(null, l.get("opportunities"), null, List.of(l.get("yearlySavingsTotal") + ": "
                + Formats.money(ro.yearlySavings(), lang)), null, new Table(l.get("opportunities"),
                        List.of(l.get("opportunity"), l.get("category"), l.get("yearlySavings"), l.get("status")),
                        List.of(false, false, true, false), ro.opportunities().stream().map(o -> List.of(o.title(),
                                l.of(o.category()), Formats.money(o.yearlySavings(), lang), l.of(o.status())))
                                .toList()), List.of()));
        parts.add(new Section(null, l.get("weakest"), null, List.of(), null, new Table(l.get("weakest"),
                List.of(l.get("name"), l.get("score"), "SDS"), List.of(false, true, true), ro.weakestSovereignty()
                        .stream().map(w -> List.of(w.name(), Formats.decimal(w.score(), 1, lang),
                                String.valueOf(w.sds()))).toList()), List.of()));
        return new Section("risks", l.get("risks"), null, List.of(
                l.get("newRisks") + ": " + Formats.integer(ro.newRisks(), lang) + " · " + l.get("closedRisks") + ": "
                        + Formats.integer(ro.closedRisks(), lang)),
                Charts.riskHeatMap(heat(r), lang), new Table(l.get("topRisks"), List.of(l.get("risk"),
                        l.get("riskScore"), l.get("trend.column"), l.get("owner"), l.get("mitigation")),
                        List.of(false, true, false, false, false), ro.topRisks().stream().map(risk -> List.of(
                                risk.title() + " (" + l.of(risk.category()) + ")",
                                Formats.integer(risk.score(), lang) + " (" + risk.likelihood() + " × " + risk.impact()
                                        + ")",
                                trend(risk, l, lang), text(risk.owner()), text(risk.mitigation()))).toList()),
                parts);
    }

    private static String trend(QuarterlyReport.RiskItem risk, Labels l, Lang lang) {
        String word = l.get("trend." + risk.trend());
        return risk.previousScore() == null ? word
                : word + " (" + lang.pick("zuvor ", "before ") + risk.previousScore() + ")";
    }

    private static Section decisions(QuarterlyReport r, Labels l, Lang lang) {
        QuarterlyReport.UpcomingDecisions u = r.upcomingDecisions();
        record Row(java.time.LocalDate date, List<String> cells) {
        }
        List<Row> rows = new ArrayList<>();
        u.deadlines().forEach(d -> rows.add(new Row(d.date(), List.of(Formats.date(d.date(), lang), l.of(d.kind()),
                d.dependency() + " (" + d.vendor() + ")"))));
        u.recommendations().forEach(rec -> rows.add(new Row(rec.councilSessionDate(), List.of(
                Formats.date(rec.councilSessionDate(), lang), l.get("recommendation"), rec.text()))));
        u.openProposals().forEach(p -> rows.add(new Row(p.councilDate(), List.of(p.councilDate() == null
                ? l.get("noDate") : Formats.date(p.councilDate(), lang), l.get("openProposal"),
                (p.reference() == null ? "" : p.reference() + " ") + p.title()))));
        u.milestones().forEach(m -> rows.add(new Row(m.due(), List.of(Formats.date(m.due(), lang),
                l.get("milestoneDue"), m.milestone() + " (" + m.measure() + ")"))));
        rows.sort(Comparator.comparing(Row::date, Comparator.nullsLast(Comparator.naturalOrder())));
        Section overdue = new Section(null, l.get("overdue"), null, List.of(), null, new Table(l.get("overdue"),
                List.of(l.get("since"), l.get("kind"), l.get("subject")), TEXT_3, u.overdue().stream().map(o -> List.of(
                        Formats.date(o.date(), lang), l.get("overdue." + o.kind()), o.title()
                                + (o.detail() == null ? "" : " (" + o.detail() + ")"))).toList()), List.of());
        return new Section("decisions", l.get("decisions"), null, List.of(l.get("window") + ": "
                + Formats.date(u.from(), lang) + " – " + Formats.date(u.to(), lang)), null, new Table(
                        l.get("decisions"), List.of(l.get("date"), l.get("kind"), l.get("subject")), TEXT_3,
                        rows.stream().map(Row::cells).toList()), List.of(overdue));
    }

    /**
     * Jurisdiction exposure (issue 20): the key figures, a table by ultimate parent company (Konzern with its
     * Sitzland, Rechtsrahmen, Abhängigkeiten, Nutzende, Jahreskosten) and the trend per quarter as a chart.
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
        List<List<String>> rows = e.byParent().stream().map(g -> List.of(g.parentCompany() + " ("
                + ExposureSection.countryName(g.country(), lang.locale()) + ")",
                lang.pick(ExposureSection.lawDe(g.law()), ExposureSection.lawEn(g.law())),
                Formats.integer(g.dependencies(), lang), Formats.integer(g.users(), lang),
                Formats.money(g.annualCost(), lang))).toList();
        Table table = new Table(lang.pick("Rechtsrahmen nach Konzern", "Legal exposure by parent company"),
                List.of(lang.pick("Konzern (Sitzland)", "Parent company (country)"),
                        lang.pick("Rechtsrahmen", "Legal framework"), lang.pick("Abhängigkeiten", "Dependencies"),
                        lang.pick("Nutzende", "Users"), lang.pick("Jahreskosten", "Yearly cost")),
                List.of(false, false, true, true, true), rows);
        String chart = e.trend().isEmpty() ? null : Charts.exposureTrend(e.trend().stream()
                .map(p -> new Charts.ExposureBar(p.period(), p.exposedDependencies(), p.exposedAnnualCost(),
                        p.cloudActAnnualCost())).toList(), lang);
        return new Section("exposure", lang.pick("Rechtliche Abhängigkeit: Nicht-EU-Recht und CLOUD Act",
                "Legal exposure: non-EU law and the CLOUD Act"), null, paragraphs, chart, table, List.of());
    }

    public static Section finances(QuarterlyReport r, Lang lang) {
        return financeSection(r, new Labels(lang), lang);
    }

    private static Section trainings(QuarterlyReport r, Labels l, Lang lang) {
        QuarterlyReport.Trainings t = r.trainings();
        List<List<String>> outcomes = t.items().stream().filter(i -> i.outcomes() != null && !i.outcomes().isEmpty())
                .map(i -> List.of(i.title(), String.join("; ", i.outcomes()))).toList();
        return new Section("trainings", l.get("trainingResults"), null, List.of(
                l.get("quarter") + ": " + l.get("sessions") + " " + Formats.integer(t.sessions(), lang) + " · "
                        + l.get("participants") + " " + Formats.integer(t.participants(), lang) + " · "
                        + l.get("hours") + " " + Formats.decimal(t.hours(), 1, lang) + " · " + l.get("satisfaction")
                        + " " + Formats.decimal(t.averageSatisfaction(), 2, lang),
                l.get("yearToDate") + ": " + l.get("sessions") + " " + Formats.integer(t.sessionsYearToDate(), lang)
                        + " · " + l.get("participants") + " " + Formats.integer(t.participantsYearToDate(), lang)
                        + " · " + l.get("hours") + " " + Formats.decimal(t.hoursYearToDate(), 1, lang) + " · "
                        + l.get("satisfaction") + " " + Formats.decimal(t.satisfactionYearToDate(), 2, lang)),
                null, new Table(l.get("trainingResults"), List.of(l.get("topic"), l.get("date"),
                        l.get("participants"), l.get("hours"), l.get("satisfaction")),
                        List.of(false, false, true, true, true), t.items().stream().map(i -> List.of(
                                i.title() + (i.format() == null ? "" : " (" + l.of(i.format()) + ")"),
                                Formats.date(i.date(), lang), Formats.integer(i.participants(), lang),
                                Formats.decimal(i.hours(), 1, lang), Formats.decimal(i.satisfaction(), 2, lang)))
                                .toList()),
                List.of(new Section(null, l.get("outcomes"), null, List.of(), null, new Table(l.get("outcomes"),
                        List.of(l.get("topic"), l.get("outcomes")), List.of(false, false), outcomes), List.of())));
    }

    private static List<Charts.StatusCount> statusCounts(QuarterlyReport.Progress p, Labels l) {
        return p.byStatus().entrySet().stream().map(e -> new Charts.StatusCount(l.of(e.getKey()), e.getValue()))
                .toList();
    }

    private static Table statusTable(QuarterlyReport.Progress p, Labels l) {
        return new Table(l.get("migrationState"), List.of(l.get("status"), l.get("count"), l.get("changeInQuarter")),
                List.of(false, true, true), p.byStatus().entrySet().stream().map(e -> List.of(l.of(e.getKey()),
                        String.valueOf(e.getValue()), signed(p.changeDuringQuarter().getOrDefault(e.getKey(), 0L))))
                        .toList());
    }

    private static String signed(long n) {
        return n > 0 ? "+" + n : String.valueOf(n);
    }

    private static String seal(List<Long> levels) {
        List<String> parts = new ArrayList<>();
        for (int level = 0; level < levels.size(); level++) {
            parts.add(level + ": " + levels.get(level));
        }
        return String.join(" · ", parts);
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? "–" : value;
    }

    private static long[][] heat(QuarterlyReport r) {
        long[][] counts = new long[5][5];
        r.risksAndOpportunities().topRisks().forEach(risk -> counts[Math.max(1, Math.min(5, risk.likelihood())) - 1]
                [Math.max(1, Math.min(5, risk.impact())) - 1]++);
        return counts;
    }

    private static Section financeSection(QuarterlyReport r, Labels l, Lang lang) {
        QuarterlyReport.Finances f = r.finances();
        List<Charts.BudgetBar> bars = f.lines().stream().map(line -> new Charts.BudgetBar(line.title(),
                line.adjusted(), line.committed(), line.spent(), line.available())).toList();
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> usage = new ArrayList<>();
        for (QuarterlyReport.Line line : f.lines()) {
            String name = line.code() + " – " + line.title() + (line.frozen() ? " (" + l.get("frozen") + ")" : "");
            rows.add(List.of(name, Formats.money(line.adjusted(), lang), Formats.money(line.committed(), lang),
                    Formats.money(line.spent(), lang), Formats.money(line.available(), lang)));
            usage.add(List.of(name, Formats.money(line.appropriated(), lang), Formats.percent(line.percentUsed(), lang),
                    Formats.money(line.spentInQuarter(), lang)));
        }
        QuarterlyReport.Money t = f.total();
        rows.add(List.of(l.get("total"), Formats.money(t.adjusted(), lang), Formats.money(t.committed(), lang),
                Formats.money(t.spent(), lang), Formats.money(t.available(), lang)));
        usage.add(List.of(l.get("total"), Formats.money(t.appropriated(), lang), Formats.percent(t.percentUsed(), lang),
                Formats.money(f.spentInQuarter(), lang)));
        List<Section> parts = new ArrayList<>();
        parts.add(new Section(null, l.get("usage"), null, List.of(), null, new Table(l.get("usage"), List.of(
                l.get("line"), l.get("appropriated"), l.get("used"), l.get("spentInQuarter")),
                List.of(false, true, true, true), usage), List.of()));
        parts.add(new Section(null, l.get("overPlan"), null, List.of(l.get("overPlanNote")), null, new Table(
                l.get("overPlan"), List.of(l.get("date"), l.get("line"), l.get("kind"), l.get("approval"),
                        l.get("amount")), List.of(false, false, false, false, true), f.overPlan().stream()
                                .map(o -> List.of(Formats.date(o.date(), lang), o.lineCode(), l.of(o.what()),
                                        text(o.approvalReference()), Formats.money(o.amount(), lang))).toList()),
                List.of()));
        parts.add(new Section(null, l.get("freezes"), null, List.of(), null, new Table(l.get("freezes"), List.of(
                l.get("line"), l.get("freezeKind"), l.get("order"), l.get("frozenOn"), l.get("releasedOn")),
                List.of(false, false, false, false, false), f.freezes().stream().map(z -> List.of(
                        z.lineCode() + " – " + z.lineTitle(), l.of(z.authority()),
                        z.reference() + (z.reason() == null ? "" : " (" + z.reason() + ")"),
                        Formats.date(z.frozenOn(), lang), z.releasedOn() == null ? l.get("stillFrozen")
                                : Formats.date(z.releasedOn(), lang) + " (" + text(z.releaseReference()) + ")"))
                        .toList()), List.of()));
        parts.add(new Section(null, l.get("carryOvers"), null, List.of(), null, new Table(l.get("carryOvers"), List.of(
                l.get("date"), l.get("line"), l.get("direction"), l.get("order"), l.get("amount")),
                List.of(false, false, false, false, true), f.carryOvers().stream().map(c -> List.of(
                        Formats.date(c.date(), lang), c.lineCode() + " – " + c.lineTitle(),
                        (c.outgoing() ? l.get("carriedTo") : l.get("receivedFrom")) + " " + c.otherYear(),
                        text(c.reference()), Formats.money(c.amount(), lang))).toList()), List.of()));
        parts.add(new Section(null, l.get("measureSpending"), null, List.of(), null, new Table(
                l.get("measureSpending"), List.of(l.get("measure"), l.get("line"), l.get("adjusted"), l.get("spent"),
                        l.get("spentInQuarter")), List.of(false, false, true, true, true), f.measureSpending()
                                .stream().map(m -> List.of(m.measure(), m.lineCode() + " – " + m.lineTitle(),
                                        Formats.money(m.adjusted(), lang), Formats.money(m.spent(), lang),
                                        Formats.money(m.spentInQuarter(), lang))).toList()), List.of()));
        BigDecimal used = t.percentUsed();
        return new Section("finances", l.get("finances"), null, List.of(l.get("budgetUsed") + ": "
                + Formats.percent(used, lang) + " · " + l.get("spent") + " " + Formats.money(t.spent(), lang)
                + " · " + l.get("available") + " " + Formats.money(t.available(), lang)),
                Charts.budgetUsage(bars, lang), new Table(l.get("finances") + " " + f.fiscalYear(), List.of(
                        l.get("line"), l.get("adjusted"), l.get("committed"), l.get("spent"), l.get("available")),
                        List.of(false, true, true, true, true), rows), parts);
    }
}
