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
 * {@code parentCompany} and {@code parentCountry} name the vendor's ultimate parent company and the ISO 3166-1
 * alpha-2 code of its seat: both or neither (a contract with an Irish subsidiary of a US group is US exposure).
 */
public record DependencyDetails(String name, String vendor, String vendorCountry, Category category,
        Hosting hosting, DataClassification dataClassification, Integer users, BigDecimal annualCost,
        Criticality criticality, LocalDate endOfLife, List<String> openStandards, String note,
        ContractTerms contract, String parentCompany, String parentCountry) {

    /** Details without an ultimate parent company (the vendor is its own parent, or the parent is not known). */
    public DependencyDetails(String name, String vendor, String vendorCountry, Category category, Hosting hosting,
            DataClassification dataClassification, Integer users, BigDecimal annualCost, Criticality criticality,
            LocalDate endOfLife, List<String> openStandards, String note, ContractTerms contract) {
        this(name, vendor, vendorCountry, category, hosting, dataClassification, users, annualCost, criticality,
                endOfLife, openStandards, note, contract, null, null);
    }

    /** The same details with this ultimate parent company ({@code null}, {@code null}: none). */
    public DependencyDetails withParent(String company, String country) {
        return new DependencyDetails(name, vendor, vendorCountry, category, hosting, dataClassification, users,
                annualCost, criticality, endOfLife, openStandards, note, contract, company, country);
    }

    /** The country whose law governs the vendor in the end: the parent's seat when recorded, else the vendor's. */
    public String effectiveCountry() {
        return parentCountry != null ? parentCountry : vendorCountry;
    }

    public DependencyDetails {
        // tolerates null elements: the domain names them (openStandards[1]) instead of an NPE here
        openStandards = openStandards == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(openStandards));
    }
}
