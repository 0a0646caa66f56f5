package de.souveraen.contracts.budget;

import de.souveraen.contracts.EventType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Lines of the year were declared deckungsfähig (§ 21 KomHVO NRW) under {@code reference} on {@code declaredOn}:
 * funds may be moved between them by {@link FundsTransferred} without a supplementary budget. {@code mutual}:
 * every line may reinforce every other; otherwise only the first of {@code lineCodes} may be reinforced from the
 * others (einseitige Deckungsfähigkeit). Amounts do not change.
 */
@EventType("budget.CoverageDeclared.v1")
public record CoverageDeclared(int fiscalYear, UUID coverageId, List<String> lineCodes, boolean mutual,
        String reference, LocalDate declaredOn) implements FiscalYearEvent {
    public CoverageDeclared {
        lineCodes = lineCodes == null ? List.of() : List.copyOf(lineCodes);
    }
}
