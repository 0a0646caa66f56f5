package de.souveraen.workgroup.meeting;

import de.souveraen.eventstore.store.StateJson;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import de.souveraen.workgroup.table.Rows;
import de.souveraen.eventstore.store.TenantKey;
import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An agenda item's row in {@code wg_agenda_item} (written by {@link MeetingTable}): an item on a meeting's agenda
 * at {@code position}, or a removed one ({@code deleted}, no item).
 */
@Entity
@Table(name = "wg_agenda_item")
@IdClass(TenantKey.class)
@Immutable
public class AgendaItemRow extends PanacheEntityBase {
    /** Items in the order of their meetings (start, id) and their place on the agenda; removed ones last. */
    public static final Sort IN_ORDER = Sort.by("deleted").and("meetingStart", Sort.NullPrecedence.NULLS_FIRST)
            .and("meetingId").and("position");

    @Id
    public String tenant;
    @Id
    @Column(name = "item_id")
    public UUID id;
    @Column(name = "meeting_id")
    public UUID meetingId;
    @Column(name = "meeting_start")
    public Instant meetingStart;
    @Column(name = "meeting_public")
    public boolean meetingPublic;
    public int position;
    @Column(name = "public_item")
    public boolean publicItem;
    @Column(name = "proposal_id")
    public UUID proposalId;
    public boolean deleted;
    public Instant created;
    public Instant modified;
    @JdbcTypeCode(SqlTypes.JSON)
    public String item;

    public AgendaItem agendaItem() {
        return StateJson.read(item, AgendaItem.class);
    }

    public Rows.Stamp stamp() {
        return new Rows.Stamp(created, modified);
    }
}
