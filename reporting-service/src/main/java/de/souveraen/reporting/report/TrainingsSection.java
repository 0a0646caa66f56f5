package de.souveraen.reporting.report;

import static de.souveraen.reporting.report.SectionSupport.list;
import static de.souveraen.reporting.report.SectionSupport.within;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.TrainingDoc;
import de.souveraen.reporting.report.QuarterlyReport.TrainingItem;
import de.souveraen.reporting.report.QuarterlyReport.Trainings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Trainings: the sessions held in the quarter with their participants and hours, the satisfaction averaged over
 * all responses (weighted by each session's number of responses), and the sessions and participants since the
 * year began.
 */
final class TrainingsSection {
    private TrainingsSection() {
    }

    static Trainings of(Period period, Map<String, List<JsonNode>> docs) {
        List<TrainingDoc> all = list(docs, Docs.TRAINING, TrainingDoc.class);
        LocalDate first = period.first();
        LocalDate last = period.last();
        List<TrainingDoc> held = all.stream().filter(TrainingDoc::held).filter(t -> t.date() != null).toList();
        List<TrainingDoc> quarter = held.stream().filter(t -> within(t.date(), first, last))
                .sorted(Comparator.comparing(TrainingDoc::date).thenComparing(TrainingDoc::title)).toList();
        List<TrainingDoc> yearToDate = held.stream()
                .filter(t -> within(t.date(), LocalDate.of(period.year(), 1, 1), last)).toList();
        long responses = quarter.stream().mapToLong(TrainingDoc::responses).sum();
        BigDecimal weighted = quarter.stream().filter(t -> t.averageSatisfaction() != null)
                .map(t -> t.averageSatisfaction().multiply(BigDecimal.valueOf(t.responses())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal satisfaction = responses == 0 ? null
                : weighted.divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
        BigDecimal hours = quarter.stream().map(t -> t.hours() == null ? BigDecimal.ZERO : t.hours())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
        return new Trainings(quarter.size(), quarter.stream().mapToLong(TrainingDoc::participants).sum(), hours,
                satisfaction, quarter.stream().map(t -> new TrainingItem(t.id(), t.title(), t.date(), t.format(),
                        t.participants(), t.hours(), t.averageSatisfaction(), t.outcomes())).toList(),
                yearToDate.size(), yearToDate.stream().mapToLong(TrainingDoc::participants).sum(),
                hours(yearToDate), satisfaction(yearToDate));
    }

    private static BigDecimal hours(List<TrainingDoc> trainings) {
        return trainings.stream().map(t -> t.hours() == null ? BigDecimal.ZERO : t.hours())
                .reduce(BigDecimal.ZERO, BigDecimal::add).setScale(1, RoundingMode.HALF_UP);
    }

    /** The satisfaction over all responses (each session weighted by its responses); null without responses. */
    private static BigDecimal satisfaction(List<TrainingDoc> trainings) {
        long responses = trainings.stream().filter(t -> t.averageSatisfaction() != null)
                .mapToLong(TrainingDoc::responses).sum();
        BigDecimal weighted = trainings.stream().filter(t -> t.averageSatisfaction() != null)
                .map(t -> t.averageSatisfaction().multiply(BigDecimal.valueOf(t.responses())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return responses == 0 ? null : weighted.divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
    }
}
