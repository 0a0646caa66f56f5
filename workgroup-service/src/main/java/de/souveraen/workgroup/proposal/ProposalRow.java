package de.souveraen.workgroup.proposal;

import de.souveraen.eventstore.store.StateJson;
import de.souveraen.workgroup.table.Rows;
import de.souveraen.eventstore.store.TenantKey;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A proposal's row in {@code wg_proposal} (written by {@link ProposalTable}, read here). */
@Entity
@Table(name = "wg_proposal")
@IdClass(TenantKey.class)
@Immutable
public class ProposalRow extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    @Column(name = "proposal_id")
    public UUID id;
    public long version;
    public String reference;
    @Column(name = "submitted_on")
    public LocalDate submittedOn;
    public Instant created;
    public Instant modified;
    @JdbcTypeCode(SqlTypes.JSON)
    public String state;

    public ProposalState proposal() {
        return StateJson.read(state, ProposalState.class);
    }

    public Rows.Stamp stamp() {
        return new Rows.Stamp(created, modified);
    }

    /** The municipality's proposals by id. */
    public static Uni<List<ProposalState>> all(String tenant) {
        return Panache.withSession(() -> ProposalRow.<ProposalRow>find("tenant", Sort.by("id"), tenant).list())
                .map(rows -> rows.stream().map(ProposalRow::proposal).toList());
    }
}
