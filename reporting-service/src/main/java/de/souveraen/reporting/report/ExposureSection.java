package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.ZERO;
import static de.souveraen.reporting.report.SectionSupport.list;
import static de.souveraen.reporting.report.SectionSupport.money;
import static de.souveraen.reporting.report.SectionSupport.percent;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.ExposureAt;
import de.souveraen.reporting.readmodel.Docs.ExposureDoc;
import de.souveraen.reporting.report.QuarterlyReport.Exposure;
import de.souveraen.reporting.report.QuarterlyReport.ExposureGroup;
import de.souveraen.reporting.report.QuarterlyReport.ExposurePoint;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Jurisdiction exposure (pure): at the quarter's end, the dependencies in use (registered, not retired) whose
 * effective country — the ultimate parent company's seat when recorded, else the vendor's — lies outside the EU, or
 * has a law letting its authorities demand data stored abroad (the US CLOUD Act); grouped by parent company, and
 * the same counts at the end of each quarter since the first registration (at most {@value #TREND_QUARTERS}).
 */
public final class ExposureSection {
    /** Quarters in the trend: the concept's three years. */
    static final int TREND_QUARTERS = 12;
    public static final String CLOUD_ACT = "CLOUD_ACT";
    public static final String FOREIGN_ACCESS_LAW = "FOREIGN_ACCESS_LAW";
    public static final String NON_EU_LAW = "NON_EU_LAW";

    private ExposureSection() {
    }

    static Exposure of(Period period, Map<String, List<JsonNode>> docs) {
        return of(period, list(docs, Docs.EXPOSURE, ExposureDoc.class));
    }

    public static Exposure of(Period period, List<ExposureDoc> docs) {
        LocalDate end = period.last();
        List<ExposureAt> active = activeOn(docs, end);
        long users = active.stream().mapToLong(ExposureAt::users).sum();
        BigDecimal cost = sum(active);
        List<ExposureAt> exposed = active.stream().filter(ExposureSection::exposed).toList();
        List<ExposureAt> cloudAct = exposed.stream().filter(ExposureAt::extraterritorialAccessLaw).toList();
        BigDecimal exposedCost = sum(exposed);
        return new Exposure(active.size(), users, cost, exposed.size(),
                exposed.stream().mapToLong(ExposureAt::users).sum(), exposedCost, percent(exposedCost, cost),
                cloudAct.size(), cloudAct.stream().mapToLong(ExposureAt::users).sum(), sum(cloudAct),
                groups(exposed), trend(period, docs));
    }

    /** Non-EU law applies: the effective country is outside the EU, or has a foreign-access law. */
    static boolean exposed(ExposureAt at) {
        return !at.eu() || at.extraterritorialAccessLaw();
    }

    /** The law a dependency is subject to, as a stable key. */
    public static String law(ExposureAt at) {
        if (at.extraterritorialAccessLaw()) {
            return "US".equals(at.country()) ? CLOUD_ACT : FOREIGN_ACCESS_LAW;
        }
        return NON_EU_LAW;
    }

    /** The German name of a law key. */
    public static String lawDe(String law) {
        return switch (law) {
            case CLOUD_ACT -> "CLOUD Act";
            case FOREIGN_ACCESS_LAW -> "Zugriffsgesetz eines Drittstaats";
            default -> "Nicht-EU-Recht";
        };
    }

    /** The English name of a law key. */
    public static String lawEn(String law) {
        return switch (law) {
            case CLOUD_ACT -> "CLOUD Act";
            case FOREIGN_ACCESS_LAW -> "Third-country access law";
            default -> "Non-EU law";
        };
    }

    /** A country's name from its ISO 3166-1 alpha-2 code, in German or English (the code if unknown). */
    public static String countryName(String code, Locale language) {
        if (code == null) {
            return "–";
        }
        String name = new Locale("", code).getDisplayCountry(language);
        return name == null || name.isBlank() || name.equals(code) ? code : name;
    }

    private static List<ExposureGroup> groups(List<ExposureAt> exposed) {
        Map<String, List<ExposureAt>> byGroup = new LinkedHashMap<>();
        for (ExposureAt at : exposed) {
            byGroup.computeIfAbsent(at.group() + "\u0000" + at.country() + "\u0000" + law(at), k -> new ArrayList<>())
                    .add(at);
        }
        List<ExposureGroup> groups = new ArrayList<>();
        byGroup.forEach((key, members) -> {
            ExposureAt first = members.get(0);
            String law = law(first);
            groups.add(new ExposureGroup(first.group(), first.country(), countryName(first.country(), Locale.GERMAN),
                    law, lawDe(law), members.size(), members.stream().mapToLong(ExposureAt::users).sum(),
                    sum(members), List.copyOf(new TreeSet<>(members.stream().map(ExposureAt::vendor).toList()))));
        });
        groups.sort(Comparator.comparing(ExposureGroup::annualCost).reversed()
                .thenComparing(ExposureGroup::parentCompany).thenComparing(ExposureGroup::country));
        return groups;
    }

    private static List<ExposurePoint> trend(Period period, List<ExposureDoc> docs) {
        LocalDate start = docs.stream().flatMap(d -> d.history().stream()).map(ExposureAt::date)
                .min(Comparator.naturalOrder()).orElse(null);
        List<ExposurePoint> points = new ArrayList<>();
        if (start == null || start.isAfter(period.last())) {
            return points;
        }
        Period first = new Period(start.getYear(), (start.getMonthValue() - 1) / 3 + 1);
        Period earliest = period;
        for (int i = 1; i < TREND_QUARTERS; i++) {
            earliest = earliest.previous();
        }
        Period q = first.year() * 4 + first.quarter() < earliest.year() * 4 + earliest.quarter() ? earliest : first;
        while (q.year() * 4 + q.quarter() <= period.year() * 4 + period.quarter()) {
            List<ExposureAt> exposed = activeOn(docs, q.last()).stream().filter(ExposureSection::exposed).toList();
            List<ExposureAt> cloudAct = exposed.stream().filter(ExposureAt::extraterritorialAccessLaw).toList();
            points.add(new ExposurePoint(q.toString(), exposed.size(), exposed.stream().mapToLong(ExposureAt::users)
                    .sum(), sum(exposed), cloudAct.size(), sum(cloudAct)));
            q = q.next();
        }
        return points;
    }

    /** Each dependency as it stood at the end of {@code date}, if registered by then and not retired. */
    static List<ExposureAt> activeOn(List<ExposureDoc> docs, LocalDate date) {
        List<ExposureAt> active = new ArrayList<>();
        for (ExposureDoc doc : docs) {
            ExposureAt current = null;
            for (ExposureAt at : doc.history()) {
                if (!at.date().isAfter(date) && (current == null || !at.date().isBefore(current.date()))) {
                    current = at;
                }
            }
            if (current != null && !current.retired()) {
                active.add(current);
            }
        }
        return active;
    }

    private static BigDecimal sum(List<ExposureAt> list) {
        return list.stream().map(a -> money(a.annualCost())).reduce(ZERO, BigDecimal::add);
    }
}
