-- Registers (every dependency, every risk) are folded from all streams of a type: read them in stream order.
create index if not exists es_event_type_stream on es_event (stream_type, stream_id, stream_version);
