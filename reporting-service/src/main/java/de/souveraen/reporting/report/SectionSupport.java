package de.souveraen.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.readmodel.Docs.DependencyDoc;
import de.souveraen.reporting.readmodel.Docs.ScoreAt;
import de.souveraen.reporting.readmodel.Docs.StatusAt;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the report's sections share: reading documents, a dependency's state on a day, rounding, date ranges. */
final class SectionSupport {
    static final BigDecimal ZERO = new BigDecimal("0.00");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private SectionSupport() {
    }

    /** Every document of {@code kind}, in the store's order. */
    static <T> List<T> list(Map<String, List<JsonNode>> docs, String kind, Class<T> type) {
        return docs.getOrDefault(kind, List.of()).stream().map(node -> Docs.read(node, type)).toList();
    }

    /** The dependency's migration status at the end of {@code date}; null before its registration. */
    static MigrationStatus statusOn(DependencyDoc d, LocalDate date) {
        MigrationStatus status = null;
        for (StatusAt s : d.statuses()) {
            if (!s.date().isAfter(date)) {
                status = s.status();
            }
        }
        return status;
    }

    /** The dependency's latest assessment on or before {@code date}; null if none. */
    static ScoreAt scoreOn(DependencyDoc d, LocalDate date) {
        ScoreAt latest = null;
        for (ScoreAt s : d.assessments()) {
            if (!s.date().isAfter(date) && (latest == null || !s.date().isBefore(latest.date()))) {
                latest = s;
            }
        }
        return latest;
    }

    /** {@code part} in percent of {@code whole}, one decimal (0.0 for a zero whole). */
    static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? new BigDecimal("0.0")
                : part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
    }

    static BigDecimal share(long part, long whole) {
        return percent(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
    }

    /** An amount with two decimals; none counts as zero. */
    static BigDecimal money(BigDecimal amount) {
        return amount == null ? ZERO : amount.setScale(2, RoundingMode.HALF_UP);
    }

    /** Whether {@code date} lies in {@code from}…{@code to}, both included. */
    static boolean within(LocalDate date, LocalDate from, LocalDate to) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
