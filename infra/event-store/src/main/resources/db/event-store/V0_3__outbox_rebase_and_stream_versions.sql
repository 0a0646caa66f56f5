-- After a logical restore (pg_dump/pg_restore) or a move to another server, the database's transaction ids start
-- again below the relay checkpoint: every new event would sort below it and never be published. The relay detects
-- this (it refuses to publish and reports "needs re-base") and the operator re-bases the outbox once:
--
--     select es_outbox_rebase('budget');   -- the relay's name = the service name
--
-- What it does, under an exclusive lock on es_event (appends wait, reads go on):
--   * events the checkpoint had passed get tx_id 1: published;
--   * every event that may not have been published gets tx_id 2, in position order: the events after the
--     checkpoint, and every event with a position after the checkpoint's (events written since the restore have
--     positions above every restored one, because pg_dump restores the identity's value). A few events that were
--     published already may be sent again: consumers drop them by event id;
--   * the checkpoint moves to (1, the highest passed position); published = the passed events.
-- 1 and 2 lie below every normal transaction id (3 and up), so everything written afterwards sorts after them.
-- Within a stream, positions grow with versions (a version is appended only after the one before it committed),
-- so position order keeps every stream in order. Returns the number of events that will be published again.
create or replace function es_outbox_rebase(relay_name text) returns bigint
language plpgsql as $$
declare
    cp_tx  bigint;
    cp_pos bigint;
    passed bigint;
    again  bigint;
begin
    lock table es_event in exclusive mode;
    select tx_id, position into cp_tx, cp_pos from es_outbox_checkpoint where relay = relay_name for update;
    if not found then
        raise exception 'no outbox checkpoint named %', relay_name;
    end if;
    if pg_current_xact_id()::text::bigint > cp_tx then
        raise exception 'outbox % needs no re-base: the transaction ids (%) are above its checkpoint (%)',
            relay_name, pg_current_xact_id(), cp_tx;
    end if;
    update es_event set tx_id = case
            when (tx_id, position) > (cp_tx, cp_pos) or position > cp_pos then 2
            else 1 end;
    select count(*), coalesce(max(position), 0) into passed, cp_pos from es_event where tx_id = 1;
    select count(*) into again from es_event where tx_id = 2;
    update es_outbox_checkpoint set tx_id = 1, position = cp_pos, published = passed, updated_at = now()
        where relay = relay_name;
    return again;
end;
$$;

-- Consumers: the stream version of each applied event. A stream version seen again under ANOTHER event id (a
-- service restored from a backup older than what it had published writes that version anew) must not be applied
-- twice: the consumer refuses it visibly (dead letter) instead. Rows recorded before this column existed stay null.
alter table es_processed_event add column if not exists stream_id text;
alter table es_processed_event add column if not exists stream_version bigint;
create unique index if not exists es_processed_event_stream_version
    on es_processed_event (consumer, stream_id, stream_version);
