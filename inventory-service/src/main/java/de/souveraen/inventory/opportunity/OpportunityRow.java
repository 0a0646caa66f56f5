package de.souveraen.inventory.opportunity;

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

/** A row of the opportunities' table ({@link OpportunityTable} writes it). Read-only for Hibernate. */
@Entity
@Table(name = "inv_opportunity")
@IdClass(TenantKey.class)
public class OpportunityRow extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    public UUID id;
    public long version;
    public String title;
    @ColumnTransformer(read = "cast(state as text)")
    public String state;

    /** The municipality's opportunities by title, then id. */
    static Uni<List<OpportunityState>> all(String tenant) {
        return OpportunityRow.<OpportunityRow>find("tenant = :tenant", Sort.by("title").and("id"),
                        Parameters.with("tenant", tenant)).list()
                .map(rows -> rows.stream().map(row -> StateJson.read(row.state, OpportunityState.class)).toList());
    }
}
