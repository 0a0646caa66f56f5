package de.souveraen.inventory.csv;

import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.inventory.dependency.DependencyCommand;
import de.souveraen.inventory.dependency.DependencyCommand.RegisterDependency;
import de.souveraen.inventory.dependency.DependencyCommand.UpdateDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Turns a clean import into commands: a row whose natural key ({@link NaturalKey}: name + vendor) matches a
 * registered dependency updates it, any other row registers a new one. Updating with unchanged details produces
 * no event, so importing the same file twice changes nothing the second time.
 *
 * <p>Columns missing from the file keep the registered values (a file without "Supportende" does not erase the
 * end-of-life dates); a column that is there but empty clears the value. The contract columns count as one: if
 * none is in the file, the registered contract stays.
 *
 * <p>Pure: the registered dependencies come from the caller's read model and new ids from {@code newIds}.
 */
public final class ImportPlanner {

    /** A registered dependency as the read model knows it. */
    public record Existing(UUID id, DependencyDetails details) {
    }

    /** A command with the line it comes from. */
    public record Planned(int line, DependencyCommand command) {
    }

    private ImportPlanner() {
    }

    public static List<Planned> plan(ImportResult result, Map<NaturalKey, Existing> registered, Supplier<UUID> newIds) {
        if (!result.clean()) {
            throw new Rejection(Rejection.Kind.UNPROCESSABLE, "import-has-errors", null,
                    "Die Datei enthält fehlerhafte Zeilen; es wird nichts importiert.",
                    "The file has bad rows; nothing is imported.",
                    Map.of("badLines", List.copyOf(result.badLines()), "fileErrors", result.fileErrors().size()));
        }
        Set<InventoryColumn> present = Set.copyOf(result.columns());
        List<Planned> planned = new ArrayList<>();
        for (ImportedRow row : result.rows()) {
            Existing existing = registered.get(row.key());
            if (existing == null) {
                planned.add(new Planned(row.line(), new RegisterDependency(newIds.get(), row.details())));
            } else {
                planned.add(new Planned(row.line(),
                        new UpdateDependency(existing.id(), merge(row.details(), existing.details(), present))));
            }
        }
        return planned;
    }

    /** The file's values for the columns it has, the registered values for the others. */
    static DependencyDetails merge(DependencyDetails file, DependencyDetails registered, Set<InventoryColumn> present) {
        boolean contractInFile = present.stream().anyMatch(InventoryColumn.contractGroup()::contains);
        return new DependencyDetails(file.name(), file.vendor(), file.vendorCountry(), file.category(), file.hosting(),
                file.dataClassification(), file.users(), file.annualCost(),
                present.contains(InventoryColumn.CRITICALITY) ? file.criticality() : registered.criticality(),
                present.contains(InventoryColumn.END_OF_LIFE) ? file.endOfLife() : registered.endOfLife(),
                present.contains(InventoryColumn.OPEN_STANDARDS) ? file.openStandards() : registered.openStandards(),
                present.contains(InventoryColumn.NOTE) ? file.note() : registered.note(),
                contractInFile ? mergeContract(file, registered, present) : registered.contract(),
                parentInFile(present) ? file.parentCompany() : registered.parentCompany(),
                parentInFile(present) ? file.parentCountry() : registered.parentCountry());
    }

    private static boolean parentInFile(Set<InventoryColumn> present) {
        return present.stream().anyMatch(InventoryColumn.parentGroup()::contains);
    }

    private static ContractTerms mergeContract(DependencyDetails file, DependencyDetails registered,
            Set<InventoryColumn> present) {
        if (file.contract() == null || present.contains(InventoryColumn.RENEWAL_PERIOD)
                || registered.contract() == null) {
            return file.contract();
        }
        // the file has the contract but not the renewal period: keep the registered period for a tacit contract
        ContractTerms c = file.contract();
        Integer period = c.renewal() == registered.contract().renewal() ? registered.contract().renewalPeriodMonths()
                : c.renewalPeriodMonths();
        return new ContractTerms(c.start(), c.end(), c.noticePeriodMonths(), c.renewal(), period);
    }
}
