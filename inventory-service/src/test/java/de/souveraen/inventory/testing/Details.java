package de.souveraen.inventory.testing;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.Hosting;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A copy-and-change builder for {@link DependencyDetails} in tests. */
public final class Details {
    private String name;
    private String vendor;
    private String vendorCountry;
    private Category category;
    private Hosting hosting;
    private DataClassification dataClassification;
    private Integer users;
    private BigDecimal annualCost;
    private Criticality criticality;
    private LocalDate endOfLife;
    private List<String> openStandards;
    private String note;
    private ContractTerms contract;
    private String parentCompany;
    private String parentCountry;

    public static Details from(DependencyDetails d) {
        Details b = new Details();
        b.name = d.name();
        b.vendor = d.vendor();
        b.vendorCountry = d.vendorCountry();
        b.category = d.category();
        b.hosting = d.hosting();
        b.dataClassification = d.dataClassification();
        b.users = d.users();
        b.annualCost = d.annualCost();
        b.criticality = d.criticality();
        b.endOfLife = d.endOfLife();
        b.openStandards = d.openStandards();
        b.note = d.note();
        b.contract = d.contract();
        b.parentCompany = d.parentCompany();
        b.parentCountry = d.parentCountry();
        return b;
    }

    public Details name(String v) {
        name = v;
        return this;
    }

    public Details vendor(String v) {
        vendor = v;
        return this;
    }

    public Details vendorCountry(String v) {
        vendorCountry = v;
        return this;
    }

    public Details category(Category v) {
        category = v;
        return this;
    }

    public Details hosting(Hosting v) {
        hosting = v;
        return this;
    }

    public Details dataClassification(DataClassification v) {
        dataClassification = v;
        return this;
    }

    public Details users(Integer v) {
        users = v;
        return this;
    }

    public Details annualCost(BigDecimal v) {
        annualCost = v;
        return this;
    }

    public Details criticality(Criticality v) {
        criticality = v;
        return this;
    }

    public Details endOfLife(LocalDate v) {
        endOfLife = v;
        return this;
    }

    public Details openStandards(List<String> v) {
        openStandards = v;
        return this;
    }

    public Details note(String v) {
        note = v;
        return this;
    }

    public Details contract(ContractTerms v) {
        contract = v;
        return this;
    }

    public Details parent(String company, String country) {
        parentCompany = company;
        parentCountry = country;
        return this;
    }

    public DependencyDetails build() {
        return new DependencyDetails(name, vendor, vendorCountry, category, hosting, dataClassification, users,
                annualCost, criticality, endOfLife, openStandards, note, contract, parentCompany, parentCountry);
    }
}
