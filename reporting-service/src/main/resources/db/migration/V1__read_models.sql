-- Read models of the reporting service: documents per (kind, id), each written in the same transaction that
-- records the event id as processed (kernel: es_processed_event), so a redelivered event changes nothing.
create table rm_doc (
    kind    text  not null,
    id      text  not null,
    doc     jsonb not null,
    primary key (kind, id)
);

-- Published quarterly reports: frozen snapshots, never changed.
create table rm_publication (
    period        text        primary key,
    content       text        not null,
    content_hash  text        not null,
    published_at  timestamptz not null,
    published_by  text        not null
);
