package de.souveraen.contracts.inventory;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the administration records about one digital dependency (the body of {@code POST /api/dependencies}).
 * {@code vendorCountry} is ISO 3166-1 alpha-2 in upper case, {@code annualCost} EUR with scale 2,
 * {@code criticality}, {@code endOfLife}, {@code note} and {@code contract} may be null (unknown or none),
 * {@code openStandards} lists the open formats and protocols supported (e.g. {@code ODF}, {@code CalDAV}).
 */
public record DependencyDetails(String name, String vendor, String vendorCountry, Category category,
        Hosting hosting, DataClassification dataClassification, Integer users, BigDecimal annualCost,
        Criticality criticality, LocalDate endOfLife, List<String> openStandards, String note,
        ContractTerms contract) {

    public DependencyDetails {
        // tolerates null elements: the domain names them (openStandards[1]) instead of an NPE here
        openStandards = openStandards == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(openStandards));
    }
}
