package de.souveraen.inventory.csv;

import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.MigrationStatus;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One dependency as the export writes it: the importable details plus, for the reader, the migration status, the
 * cancel-by date, the sovereignty score and the SDS step (each may be null).
 */
public record ExportRow(DependencyDetails details, MigrationStatus status, LocalDate cancelBy,
        BigDecimal sovereigntyScore, Integer sds) {

    public static ExportRow of(DependencyDetails details) {
        return new ExportRow(details, null, null, null, null);
    }
}
