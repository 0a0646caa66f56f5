-- Many municipalities in one store: a stream is named within its municipality (tenant). Two municipalities may both
-- have a stream "budget-2026"; each stream's versions are unique within its municipality.
alter table es_event drop constraint es_event_stream_version_key;
alter table es_event add constraint es_event_stream_version_key unique (tenant, stream_id, stream_version);
drop index if exists es_event_type_stream;
create index if not exists es_event_tenant_type_stream on es_event (tenant, stream_type, stream_id, stream_version);

-- Consumers record the stream of an applied event as "<tenant>/<stream id>". Every event before this version was
-- written for the one municipality of the installation, "blankenheim".
update es_processed_event set stream_id = 'blankenheim/' || stream_id
    where stream_id is not null and position('/' in stream_id) = 0;
