package de.souveraen.budget.ledger;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a row of one fiscal year's tables (bookings, commitments): municipality, fiscal year, row id. */
public class YearRowKey implements Serializable {
    public String tenant;
    public int fiscalYear;
    public UUID id;

    @Override
    public boolean equals(Object other) {
        return other instanceof YearRowKey key && Objects.equals(tenant, key.tenant) && fiscalYear == key.fiscalYear
                && Objects.equals(id, key.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, fiscalYear, id);
    }
}
