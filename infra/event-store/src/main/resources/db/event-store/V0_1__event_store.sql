-- Souverän shared kernel: event store, outbox relay checkpoint, idempotency keys, projection support.
-- Kernel migrations are numbered 0.x; a service's own migrations start at 1.

-- Every state change of the owning service. The table is also the outbox: a row committed here is
-- published by the relay, so there is no second write to forget (no dual write).
create table es_event (
    position        bigint generated always as identity primary key,
    -- id of the writing transaction; the relay reads in (tx_id, position) order and only below the
    -- oldest still-running transaction, so an event committed late is never skipped. Kept as bigint (the
    -- 64-bit xid8 value): compared and sorted as a number, never as text.
    tx_id           bigint      not null default (pg_current_xact_id()::text::bigint),
    event_id        uuid        not null,
    stream_id       text        not null,
    stream_type     text        not null,
    stream_version  bigint      not null check (stream_version > 0),
    event_type      text        not null,
    payload         jsonb       not null,
    occurred_at     timestamptz not null,
    recorded_at     timestamptz not null default now(),
    actor_subject   text        not null,
    actor_name      text        not null,
    correlation_id  uuid        not null,
    causation_id    uuid        not null,
    tenant          text        not null,
    constraint es_event_event_id_key unique (event_id),
    -- optimistic concurrency: two writers of one stream version cannot both commit
    constraint es_event_stream_version_key unique (stream_id, stream_version)
);
create index es_event_tx_order on es_event (tx_id, position);

-- How far a relay has published, as a (tx_id, position) pair in relay order.
create table es_outbox_checkpoint (
    relay       text        primary key,
    tx_id       bigint      not null,
    position    bigint      not null,
    published   bigint      not null default 0,
    updated_at  timestamptz not null default now()
);

-- Idempotency keys: the stored answer of the first request with a key, written in the same transaction
-- as the events it caused. status 0 = in progress (only ever visible inside its own transaction).
create table es_idempotency_key (
    scope         text        not null,
    key           text        not null,
    request_hash  text        not null,
    status        int         not null,
    response      text,
    stream_id     text,
    created_at    timestamptz not null default now(),
    primary key (scope, key)
);

-- Consumers: event ids already applied, recorded in the same transaction as the read-model change.
create table es_processed_event (
    consumer      text        not null,
    event_id      uuid        not null,
    processed_at  timestamptz not null default now(),
    primary key (consumer, event_id)
);

-- Consumers: events that could not be applied (poison). Also sent to the dead-letter topic.
create table es_dead_letter (
    id            bigint generated always as identity primary key,
    consumer      text        not null,
    topic         text        not null,
    partition     int         not null,
    record_offset bigint      not null,
    record_key    text,
    event_id      text,
    event_type    text,
    reason        text        not null,
    payload       text,
    recorded_at   timestamptz not null default now(),
    constraint es_dead_letter_position_key unique (consumer, topic, partition, record_offset)
);
