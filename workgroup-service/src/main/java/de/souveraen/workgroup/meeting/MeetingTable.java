package de.souveraen.workgroup.meeting;

import de.souveraen.eventstore.store.StateJson;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.StateTable;
import de.souveraen.workgroup.meeting.agenda.AgendaItem;
import de.souveraen.workgroup.table.Rows;
import io.quarkus.arc.Unremovable;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The meetings' current-state table ({@code wg_meeting}) and their agenda items ({@code wg_agenda_item}: the items
 * on the agenda, and the removed ones as OParl keeps them, deleted stubs). An item's {@code created} is when it was
 * added (its {@code AgendaItemAdded} event), its {@code modified} the meeting's last change.
 */
@ApplicationScoped
@Unremovable
public class MeetingTable implements StateTable<MeetingState> {
    private static final String ITEM_EVENTS = "select event_type, payload->>'agendaItemId', recorded_at, stream_version"
            + " from es_event where tenant = $1 and stream_id = $2 and (event_type like 'workgroup.AgendaItemAdded.%'"
            + " or event_type like 'workgroup.AgendaItemRemoved.%') order by stream_version";
    private static final String INSERT_ITEM = "insert into wg_agenda_item (tenant, item_id, meeting_id, meeting_start,"
            + " meeting_public, position, public_item, proposal_id, deleted, created, modified, item)"
            + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::text::jsonb)";

    @Override
    public Aggregate<?, MeetingState, ?> aggregate() {
        return MeetingDecider.AGGREGATE;
    }

    @Override
    public Uni<Void> write(SqlConnection tx, String tenant, String streamId, long version, MeetingState state) {
        if (!state.exists()) {
            return Uni.createFrom().voidItem();
        }
        UUID meeting = state.meetingId();
        return Rows.stamp(tx, tenant, streamId).chain(stamp -> tx.preparedQuery(ITEM_EVENTS)
                .execute(Tuple.of(tenant, streamId)).chain(events -> {
                    Map<UUID, Instant> added = new HashMap<>();
                    List<Tuple> items = new ArrayList<>();
                    for (Row event : events) {
                        UUID item = UUID.fromString(event.getString(1));
                        Instant at = Rows.second(event.getOffsetDateTime(2).toInstant());
                        if (event.getString(0).startsWith("workgroup.AgendaItemAdded.")) {
                            added.put(item, at);
                        } else {
                            items.add(Tuple.from(Arrays.asList(tenant, item, meeting, null, state.publicMeeting(),
                                    (int) event.getLong(3).longValue(), true, null, true,
                                    added.getOrDefault(item, at).atOffset(ZoneOffset.UTC),
                                    at.atOffset(ZoneOffset.UTC), null)));
                        }
                    }
                    List<AgendaItem> agenda = state.agenda().items();
                    for (int i = 0; i < agenda.size(); i++) {
                        AgendaItem item = agenda.get(i);
                        items.add(Tuple.from(Arrays.asList(tenant, item.id(), meeting, state.start(),
                                state.publicMeeting(), i + 1, item.publicItem(), item.proposalId(), false,
                                added.getOrDefault(item.id(), stamp.created()).atOffset(ZoneOffset.UTC),
                                stamp.modifiedAt(), StateJson.write(item))));
                    }
                    return tx.preparedQuery("insert into wg_meeting (tenant, meeting_id, version, start_at,"
                                    + " public_meeting, status, created, modified, state)"
                                    + " values ($1, $2, $3, $4, $5, $6, $7, $8, $9::text::jsonb)"
                                    + " on conflict (tenant, meeting_id) do update set version = excluded.version,"
                                    + " start_at = excluded.start_at, public_meeting = excluded.public_meeting,"
                                    + " status = excluded.status, created = excluded.created,"
                                    + " modified = excluded.modified, state = excluded.state")
                            .execute(Tuple.from(List.of(tenant, meeting, version, state.start(),
                                    state.publicMeeting(), state.status().name(), stamp.createdAt(),
                                    stamp.modifiedAt(), StateJson.write(state))))
                            .chain(() -> tx.preparedQuery("delete from wg_agenda_item where tenant = $1"
                                    + " and meeting_id = $2").execute(Tuple.of(tenant, meeting)))
                            .chain(() -> items.isEmpty() ? Uni.createFrom().voidItem()
                                    : tx.preparedQuery(INSERT_ITEM).executeBatch(items).replaceWithVoid())
                            .replaceWithVoid();
                }));
    }

    @Override
    public Uni<Void> clear(SqlConnection tx) {
        return tx.query("delete from wg_agenda_item").execute()
                .chain(() -> tx.query("delete from wg_meeting").execute()).replaceWithVoid();
    }
}
