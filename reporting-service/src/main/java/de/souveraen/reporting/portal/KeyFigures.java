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
 * {@link #measures} and {@link #exposure} are the places for the measures' progress and the jurisdiction exposure:
 * they add their line once the report carries those figures, and none before.
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

    /**
     * The measures on track (of all), once the report carries the programme of measures (workgroup-service
     * {@code measure/}); empty until then.
     */
    static java.util.Optional<Figure> measures(QuarterlyReport r, Lang lang) {
        return java.util.Optional.empty();
    }

    /**
     * The dependencies, users and yearly cost subject to non-EU law, once the report carries the exposure (inventory's
     * ultimate parent company); empty until then.
     */
    static java.util.Optional<Figure> exposure(QuarterlyReport r, Lang lang) {
        return java.util.Optional.empty();
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
