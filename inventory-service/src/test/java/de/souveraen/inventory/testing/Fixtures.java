package de.souveraen.inventory.testing;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.ExitCapability;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.contracts.inventory.SovereigntyObjective;
import de.souveraen.inventory.alternative.AlternativeCatalogue;
import de.souveraen.inventory.dependency.DependencyDecider;
import de.souveraen.inventory.jurisdiction.CountryTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Shared test data: the shipped tables and a realistic Blankenheim dependency. */
public final class Fixtures {
    public static final CountryTable COUNTRIES = CountryTable.shipped();
    public static final AlternativeCatalogue CATALOGUE = AlternativeCatalogue.shipped();
    public static final UUID M365 = UUID.fromString("0b0d8b5e-4c1f-4c7a-9f43-6f1a2d3e4b01");
    public static final UUID AZURE = UUID.fromString("0b0d8b5e-4c1f-4c7a-9f43-6f1a2d3e4b02");
    public static final UUID ASSESSMENT = UUID.fromString("5a1e0c3d-7b2a-4e55-8d1c-2f9e8a7b6c01");
    public static final UUID ALTERNATIVE = UUID.fromString("9c3f7e21-1d4b-4a8e-b6c2-3e5f7a9b1d01");
    public static final LocalDate TODAY = LocalDate.of(2026, 2, 10);

    private Fixtures() {
    }

    public static DependencyDecider decider() {
        return new DependencyDecider(COUNTRIES, CATALOGUE);
    }

    public static ContractTerms contract() {
        return new ContractTerms(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31), 3, Renewal.TACIT, 12);
    }

    /** Microsoft 365 as Blankenheim would record it (normalised form). */
    public static DependencyDetails m365() {
        return new DependencyDetails("Microsoft 365 E3", "Microsoft Ireland Operations Ltd", "IE", Category.OFFICE,
                Hosting.SAAS, DataClassification.PERSONAL, 120, new BigDecimal("38400.00"), Criticality.HIGH,
                null, List.of("OOXML", "ODF"), "Lizenzen über Rahmenvertrag des Landes", contract());
    }

    public static Map<SovereigntyObjective, Integer> levels(int... levels) {
        Map<SovereigntyObjective, Integer> map = new EnumMap<>(SovereigntyObjective.class);
        SovereigntyObjective[] objectives = SovereigntyObjective.values();
        for (int i = 0; i < levels.length; i++) {
            map.put(objectives[i], levels[i]);
        }
        return map;
    }

    public static ExitCapability canExit() {
        return new ExitCapability(true, 18, new BigDecimal("65000.00"));
    }
}
