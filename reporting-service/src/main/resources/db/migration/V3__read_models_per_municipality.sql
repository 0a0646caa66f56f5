-- Read models per municipality (tenant): every document, publication and version belongs to the municipality of the
-- events it was built from; the tenant is part of every primary key. Rows from before belong to blankenheim, the
-- one municipality the installation served.
alter table rm_doc add column tenant text not null default 'blankenheim';
alter table rm_doc alter column tenant drop default;
alter table rm_doc drop constraint rm_doc_pkey;
alter table rm_doc add primary key (tenant, kind, id);

alter table rm_publication add column tenant text not null default 'blankenheim';
alter table rm_publication alter column tenant drop default;
alter table rm_publication drop constraint rm_publication_pkey;
alter table rm_publication add primary key (tenant, period);

alter table rm_version add column tenant text not null default 'blankenheim';
alter table rm_version alter column tenant drop default;
alter table rm_version drop constraint rm_version_pkey;
alter table rm_version add primary key (tenant, source);

-- The registry of municipalities ("Kommunen"): the current state of each municipality's stream in the reporting
-- service's own event store, written in the append's transaction (kernel StateTable), one row per municipality.
create table rm_municipality (
    tenant   text   primary key,
    version  bigint not null,
    doc      jsonb  not null
);
