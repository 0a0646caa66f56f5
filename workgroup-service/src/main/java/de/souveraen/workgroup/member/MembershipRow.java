package de.souveraen.workgroup.member;

import de.souveraen.eventstore.store.StateJson;
import de.souveraen.workgroup.table.Rows;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One membership period of a member (OParl Membership {@code <member>-<number>}), in {@code wg_membership}. */
@Entity
@Table(name = "wg_membership")
@IdClass(MembershipRow.Key.class)
@Immutable
public class MembershipRow extends PanacheEntityBase {
    @Id
    public String tenant;
    @Id
    @Column(name = "member_id")
    public UUID memberId;
    @Id
    public int number;
    public Instant created;
    public Instant modified;
    @JdbcTypeCode(SqlTypes.JSON)
    public String period;

    public MembershipPeriod membershipPeriod() {
        return StateJson.read(period, MembershipPeriod.class);
    }

    public static class Key implements Serializable {
        public String tenant;
        public UUID memberId;
        public int number;

        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Objects.equals(tenant, that.tenant)
                    && Objects.equals(memberId, that.memberId) && number == that.number;
        }

        @Override
        public int hashCode() {
            return Objects.hash(tenant, memberId, number);
        }
    }
}
