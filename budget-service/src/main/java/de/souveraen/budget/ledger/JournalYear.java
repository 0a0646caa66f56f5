package de.souveraen.budget.ledger;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * A fiscal year of a municipality as the journal's table knows it: up to which stream version its rows are applied.
 * A year without a row has no events (never adopted).
 */
@Entity
@Table(name = "bud_fiscal_year")
@IdClass(JournalYear.Key.class)
public class JournalYear extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;
    public long version;
    /** Up to which stream version the year's commitment rows are applied. */
    @Column(name = "commitments_version")
    public long commitmentsVersion;

    /** The key: municipality and fiscal year. */
    public static class Key implements Serializable {
        public String tenant;
        public int fiscalYear;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && Objects.equals(tenant, key.tenant) && fiscalYear == key.fiscalYear;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenant, fiscalYear);
        }
    }

    /** The year's row, or null when the year has no events. */
    static Uni<JournalYear> of(String tenant, int year) {
        return JournalYear.<JournalYear>find("tenant = :tenant and fiscalYear = :year",
                Parameters.with("tenant", tenant).and("year", year)).firstResult();
    }

    static Uni<Boolean> exists(String tenant, int year) {
        return JournalYear.count("tenant = :tenant and fiscalYear = :year",
                Parameters.with("tenant", tenant).and("year", year)).map(count -> count > 0);
    }
}
