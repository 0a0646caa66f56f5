package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;

/**
 * A line was given its NKF classification (or a new one): {@code produkt} after the NRW Produktrahmen
 * ({@code 01.11.01}: Produktbereich, Produktgruppe, Produkt, optionally a local further level) and {@code sachkonto},
 * the six-digit account of the NRW Kontierungsplan ({@code 542900}, {@code 783100}). Recorded with the adoption for
 * the lines classified there, and on its own when a line is classified or reclassified later ({@code reference}
 * may be null then). Amounts do not change; the latest classification of a line holds.
 */
@EventType("budget.LineClassified.v1")
public record LineClassified(int fiscalYear, String lineCode, String produkt, String sachkonto, String reference,
        LocalDate classifiedOn) implements FiscalYearEvent {
}
