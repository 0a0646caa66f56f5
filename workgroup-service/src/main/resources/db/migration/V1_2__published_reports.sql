-- Quarterly reports the reporting service published (reporting.ReportPublished.v1 from the topic
-- souveraen.reporting.events), one row per municipality and quarter: the working group's OParl body lists each as a
-- Paper (Mitteilungsvorlage) with the PDF as its File. Written by the consumer in the transaction that records the
-- event as processed (es_processed_event, consumer workgroup-oparl); a published report never changes.
create table wg_published_report (
    tenant             text not null,
    period             text not null,
    reference          text not null,
    title              text not null,
    published_at       timestamptz not null,
    responsible_office text,
    content_hash       text,
    pdf_sha256         text not null,
    pdf_size           int not null,
    pdf_path           text not null,
    consultations      jsonb not null,
    event_id           uuid not null,
    primary key (tenant, period)
);
