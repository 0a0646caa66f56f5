package de.souveraen.inventory.dependency;

import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.eventstore.store.StateJson;
import de.souveraen.eventstore.store.TenantKey;
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

/**
 * A row of the dependency register's table ({@link DependencyTable} writes it): filter and sort columns and the
 * folded state. Read-only for Hibernate; every query names the municipality.
 */
@Entity
@Table(name = "inv_dependency")
@IdClass(TenantKey.class)
public class DependencyRow extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    public UUID id;
    public long version;
    public String name;
    @Column(name = "name_key")
    public String nameKey;
    @Enumerated(EnumType.STRING)
    public Category category;
    @Enumerated(EnumType.STRING)
    public MigrationStatus status;
    @Enumerated(EnumType.STRING)
    public Hosting hosting;
    public String search;
    @ColumnTransformer(read = "cast(state as text)")
    public String state;

    public DependencyState toState() {
        return StateJson.read(state, DependencyState.class);
    }

    /** The register's order: name (case-insensitive), then id. */
    static final Sort ORDER = Sort.by("nameKey").and("id");

    /** A page of the municipality's register with the list's filters ({@code null}: any) and the total. */
    static Uni<de.souveraen.eventstore.web.Page<DependencyState>> page(String tenant, Category category,
            MigrationStatus status, Hosting hosting, String needle, de.souveraen.eventstore.web.Page.Request request) {
        if (needle != null && needle.indexOf('\0') >= 0) {
            // no stored text holds NUL (JsonTextRules), and PostgreSQL takes none in a parameter
            return Uni.createFrom().item(new de.souveraen.eventstore.web.Page<>(List.of(), request.page(),
                    request.size(), 0));
        }
        StringBuilder where = new StringBuilder("tenant = :tenant");
        Parameters parameters = Parameters.with("tenant", tenant);
        if (category != null) {
            where.append(" and category = :category");
            parameters.and("category", category);
        }
        if (status != null) {
            where.append(" and status = :status");
            parameters.and("status", status);
        }
        if (hosting != null) {
            where.append(" and hosting = :hosting");
            parameters.and("hosting", hosting);
        }
        if (needle != null) {
            where.append(" and locate(:needle, search) > 0");
            parameters.and("needle", needle);
        }
        var query = DependencyRow.<DependencyRow>find(where.toString(), ORDER, parameters);
        return query.count().chain(total -> query.page(request.page(), request.size()).list()
                .map(rows -> new de.souveraen.eventstore.web.Page<>(
                        rows.stream().map(DependencyRow::toState).toList(), request.page(), request.size(), total)));
    }

    /** Every dependency of the municipality, by name (as written, code point order), then id: the CSV export. */
    public static Uni<List<DependencyState>> allByName(String tenant) {
        return DependencyRow.<DependencyRow>find("tenant = :tenant", Sort.by("name").and("id"),
                Parameters.with("tenant", tenant)).list().map(rows -> rows.stream().map(DependencyRow::toState).toList());
    }
}
