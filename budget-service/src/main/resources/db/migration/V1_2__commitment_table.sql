-- The commitments register as a current-state table (ADR 0020), kept by JournalTable with the journal in the
-- transaction that appends the year's events. commitments_version records up to which stream version a year's
-- commitment rows are applied; a year whose rows lag behind (written before this table existed) is read from its
-- events until its next write or a rebuild (POST /api/admin/state-tables/rebuild) fills them.

create table bud_commitment (
    tenant       text    not null,
    fiscal_year  int     not null,
    id           uuid    not null,
    seq          bigint  not null,  -- stream version of the event that recorded the commitment: the register's order
    version      bigint  not null,  -- stream version of the last event that changed the row
    line_code    text    not null,
    status       text    not null,
    commitment   jsonb   not null,  -- the register row as the API shows it
    primary key (tenant, fiscal_year, id)
);
create index bud_commitment_order on bud_commitment (tenant, fiscal_year, seq);

alter table bud_fiscal_year add column commitments_version bigint not null default 0;
