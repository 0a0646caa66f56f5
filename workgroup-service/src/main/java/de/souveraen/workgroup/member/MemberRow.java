package de.souveraen.workgroup.member;

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

/** A member's row in {@code wg_member} (written by {@link MemberTable}, read here). */
@Entity
@Table(name = "wg_member")
@IdClass(TenantKey.class)
@Immutable
public class MemberRow extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    @Column(name = "member_id")
    public UUID id;
    public long version;
    @Column(name = "family_name")
    public String familyName;
    @Column(name = "given_name")
    public String givenName;
    public Instant created;
    public Instant modified;
    @JdbcTypeCode(SqlTypes.JSON)
    public String state;

    public MemberState member() {
        return StateJson.read(state, MemberState.class);
    }

    /** The municipality's members by id. */
    public static Uni<List<MemberState>> byId(String tenant) {
        return Panache.withSession(() -> MemberRow.<MemberRow>find("tenant", Sort.by("id"), tenant).list())
                .map(rows -> rows.stream().map(MemberRow::member).toList());
    }

    /** The municipality's members by family and given name (the register's order). */
    public static Uni<List<MemberState>> byName(String tenant) {
        return Panache.withSession(() -> MemberRow.<MemberRow>find("tenant",
                        Sort.by("familyName").and("givenName").and("id"), tenant).list())
                .map(rows -> rows.stream().map(MemberRow::member).toList());
    }
}
