package de.souveraen.reporting.portal;

import de.souveraen.reporting.portal.ReportDocuments.Figure;
import de.souveraen.reporting.report.QuarterlyReport;
import de.souveraen.reporting.view.Formats;
import de.souveraen.reporting.view.Lang;
import java.util.ArrayList;
import java.util.List;

/**
 * The one-page summary of the report: the key figures a council member reads first (budget used, dependencies
 * assessed, measures on track, exposure, next decisions, risks, trainings), each a label and a formatted value.
 * {@link #measures} and {@link #exposure} add their line only when the report has measures or an exposure.
 */
public final class KeyFigures {
    private KeyFigures() {
    }

    public static List<Figure> of(QuarterlyReport r, Lang lang) {
        Labels l = new Labels(lang);
        List<Figure> figures = new ArrayList<>();
        QuarterlyReport.Money total = r.finances().total();
        figures.add(new Figure(lang.pick("Haushaltsmittel verwendet", "Budget used"),
                Formats.money(total.spent(), lang) + lang.pick(" von ", " of ") + Formats.money(total.adjusted(), lang)
                        + (total.percentUsed() == null ? "" : " (" + Formats.percent(total.percentUsed(), lang)
                                + ")")));
        figures.add(new Figure(lang.pick("Abhängigkeiten bewertet", "Dependencies assessed"),
                Formats.percent(r.progress().shareAssessed(), lang) + lang.pick(" von ", " of ")
                        + Formats.integer(r.progress().dependencies(), lang)));
        measures(r, lang).ifPresent(figures::add);
        exposure(r, lang).ifPresent(figures::add);
        figures.add(new Figure(lang.pick("Nächste Entscheidungen", "Next decisions"), nextDecisions(r, l, lang)));
        QuarterlyReport.RisksAndOpportunities risks = r.risksAndOpportunities();
        figures.add(new Figure(lang.pick("Größtes Risiko", "Largest risk"), risks.topRisks().isEmpty() ? "–"
                : risks.topRisks().get(0).title() + " (W × A " + risks.topRisks().get(0).score() + ")"));
        figures.add(new Figure(lang.pick("Schulungen im Quartal", "Trainings this quarter"),
                Formats.integer(r.trainings().sessions(), lang) + lang.pick(" Veranstaltungen, ", " events, ")
                        + Formats.integer(r.trainings().participants(), lang)
                        + lang.pick(" Teilnehmende", " participants")));
        return figures;
    }

    /** The measures on track, of all measures of the programme; none when there are no measures. */
    static java.util.Optional<Figure> measures(QuarterlyReport r, Lang lang) {
        QuarterlyReport.Progress p = r.progress();
        if (p.measures() == null || p.measures().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Figure(lang.pick("Maßnahmen im Plan", "Measures on track"),
                Formats.integer(p.measuresOnTrack(), lang) + lang.pick(" von ", " of ")
                        + Formats.integer(p.measures().size(), lang)));
    }

    /**
     * The dependencies, users and yearly cost subject to non-EU law (by the ultimate parent company's seat), of those
     * under the CLOUD Act or a similar law; none when the report has no exposure.
     */
    static java.util.Optional<Figure> exposure(QuarterlyReport r, Lang lang) {
        QuarterlyReport.Exposure e = r.exposure();
        if (e == null || e.dependencies() == 0) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Figure(lang.pick("Nicht-EU-Recht unterworfen", "Subject to non-EU law"),
                Formats.integer(e.exposedDependencies(), lang) + lang.pick(" von ", " of ")
                        + Formats.integer(e.dependencies(), lang) + lang.pick(" Abhängigkeiten, ", " dependencies, ")
                        + Formats.integer(e.exposedUsers(), lang) + lang.pick(" Nutzende, ", " users, ")
                        + Formats.money(e.exposedAnnualCost(), lang) + lang.pick(" im Jahr; CLOUD Act: ",
                                " a year; CLOUD Act: ") + Formats.integer(e.cloudActDependencies(), lang)));
    }

    private static String nextDecisions(QuarterlyReport r, Labels l, Lang lang) {
        QuarterlyReport.UpcomingDecisions u = r.upcomingDecisions();
        List<String> items = new ArrayList<>();
        u.deadlines().stream().limit(3).forEach(d -> items.add(Formats.date(d.date(), lang) + " " + l.of(d.kind())
                + ": " + d.dependency()));
        if (!u.openProposals().isEmpty()) {
            items.add(Formats.integer(u.openProposals().size(), lang) + lang.pick(" offene Beschlussvorschläge",
                    " open proposals"));
        }
        return items.isEmpty() ? lang.pick("keine im Zeitraum", "none in the period") : String.join("; ", items);
    }
}
