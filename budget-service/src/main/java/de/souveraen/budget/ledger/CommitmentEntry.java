package de.souveraen.budget.ledger;

import de.souveraen.eventstore.web.Page;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of the commitments register's table ({@link JournalTable} writes it). Read-only for Hibernate. */
@Entity
@Table(name = "bud_commitment")
@IdClass(YearRowKey.class)
public class CommitmentEntry extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    @Column(name = "fiscal_year")
    public int fiscalYear;
    @Id
    public UUID id;
    public long seq;
    public long version;
    @Column(name = "line_code")
    public String lineCode;
    @Enumerated(EnumType.STRING)
    public Ledger.CommitmentStatus status;
    @ColumnTransformer(read = "cast(commitment as text)")
    public String commitment;

    /** A page of a municipality's register of one year, in the order the commitments were made. */
    static Uni<Page<Ledger.CommitmentRow>> page(String tenant, int year, String lineCode,
            Ledger.CommitmentStatus status, Page.Request request) {
        if (lineCode != null && lineCode.indexOf('\0') >= 0) {
            return Uni.createFrom().item(new Page<>(List.of(), request.page(), request.size(), 0));
        }
        StringBuilder where = new StringBuilder("tenant = :tenant and fiscalYear = :year");
        Parameters parameters = Parameters.with("tenant", tenant).and("year", year);
        if (lineCode != null) {
            where.append(" and lineCode = :lineCode");
            parameters.and("lineCode", lineCode);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        var query = CommitmentEntry.<CommitmentEntry>find(where.toString(), Sort.by("seq"), parameters);
        return query.count().chain(total -> query.page(request.page(), request.size()).list()
                .map(rows -> new Page<>(rows.stream().map(row -> JournalTable.readCommitment(row.commitment))
                        .toList(), request.page(), request.size(), total)));
    }
}
