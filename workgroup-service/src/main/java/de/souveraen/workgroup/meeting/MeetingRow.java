package de.souveraen.workgroup.meeting;

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

/** A meeting's row in {@code wg_meeting} (written by {@link MeetingTable}, read here). */
@Entity
@Table(name = "wg_meeting")
@IdClass(TenantKey.class)
@Immutable
public class MeetingRow extends PanacheEntityBase {
    /** The order of meeting lists: by start, then by id. */
    public static final Sort BY_START = Sort.by("startAt").and("id");

    @Id
    public String tenant;
    @Id
    @Column(name = "meeting_id")
    public UUID id;
    public long version;
    @Column(name = "start_at")
    public Instant startAt;
    @Column(name = "public_meeting")
    public boolean publicMeeting;
    public String status;
    public Instant created;
    public Instant modified;
    @JdbcTypeCode(SqlTypes.JSON)
    public String state;

    public MeetingState meeting() {
        return StateJson.read(state, MeetingState.class);
    }

    public Rows.Stamp stamp() {
        return new Rows.Stamp(created, modified);
    }

    /** The municipality's meetings by start ({@code publicOnly}: the public ones). */
    public static Uni<List<MeetingState>> byStart(String tenant, boolean publicOnly) {
        return Panache.withSession(() -> MeetingRow.<MeetingRow>find(publicOnly ? "tenant = ?1 and publicMeeting = true"
                        : "tenant = ?1", BY_START, tenant).list())
                .map(rows -> rows.stream().map(MeetingRow::meeting).toList());
    }
}
