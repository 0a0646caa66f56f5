package de.souveraen.workgroup.training;

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
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A training's row in {@code wg_training} (written by {@link TrainingTable}, read here). */
@Entity
@Table(name = "wg_training")
@IdClass(TenantKey.class)
@Immutable
public class TrainingRow extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    @Column(name = "training_id")
    public UUID id;
    public long version;
    public String status;
    public Instant created;
    public Instant modified;
    @JdbcTypeCode(SqlTypes.JSON)
    public String state;

    public TrainingState training() {
        return StateJson.read(state, TrainingState.class);
    }

    /** The municipality's trainings by id. */
    public static Uni<List<TrainingState>> all(String tenant) {
        return Panache.withSession(() -> TrainingRow.<TrainingRow>find("tenant", Sort.by("id"), tenant).list())
                .map(rows -> rows.stream().map(TrainingRow::training).toList());
    }
}
