package de.souveraen.inventory.risk;

import de.souveraen.eventstore.store.StateJson;
import de.souveraen.eventstore.store.TenantKey;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/** A row of the risk register's table ({@link RiskTable} writes it). Read-only for Hibernate. */
@Entity
@Table(name = "inv_risk")
@IdClass(TenantKey.class)
public class RiskRow extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    public UUID id;
    public long version;
    public int score;
    public String title;
    @ColumnTransformer(read = "cast(state as text)")
    public String state;

    /** The municipality's risks, highest likelihood × impact first, then by title and id. */
    static Uni<List<RiskState>> all(String tenant) {
        return RiskRow.<RiskRow>find("tenant = :tenant",
                        Sort.by("score", Sort.Direction.Descending).and("title").and("id"),
                        Parameters.with("tenant", tenant)).list()
                .map(rows -> rows.stream().map(row -> StateJson.read(row.state, RiskState.class)).toList());
    }
}
