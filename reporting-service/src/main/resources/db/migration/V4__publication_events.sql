-- Narrative and publication as events (reporting service's own event store, stream publication-<period>).
-- The current state of each quarter's stream (narratives per section, the publication once published), written in
-- the append's transaction (kernel StateTable) and rebuilt from the events.
create table rm_report_publication (
    tenant   text   not null,
    period   text   not null,
    version  bigint not null,
    doc      jsonb  not null,
    primary key (tenant, period)
);

-- The documents rendered once at publication: the frozen report (JSON) and its PDF, exactly the bytes served for
-- ever. Keyed by the PDF's SHA-256, which the ReportPublished event names: a row whose publication did not land
-- (refused, or lost a race) is never served. Not cleared by a rebuild: the events cannot render them again.
create table rm_report_file (
    tenant      text        not null,
    period      text        not null,
    pdf_sha256  text        not null,
    pdf         bytea       not null,
    content     text        not null,
    created_at  timestamptz not null default now(),
    primary key (tenant, period, pdf_sha256)
);
