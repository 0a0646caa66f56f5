-- Current-state tables of the inventory (ADR 0020): one row per stream and municipality, written in the
-- transaction that appends the stream's events (StateTable beans), refilled by POST /api/admin/state-tables/rebuild.
-- The state column holds the aggregate's folded state as JSON; the other columns are what lists filter and sort by.
-- Sort keys are compared by code point (collate "C"), as the Java comparators did.

create table inv_dependency (
    tenant      text   not null,
    id          uuid   not null,
    version     bigint not null,
    name        text   collate "C" not null,
    name_key    text   collate "C" not null, -- lower-case name (Locale.ROOT): the register's order
    category    text,
    status      text   not null,
    hosting     text,
    search      text   not null,             -- lower-case "name vendor": the register's ?q=
    state       jsonb  not null,
    primary key (tenant, id)
);
create index inv_dependency_order on inv_dependency (tenant, name_key, id);

create table inv_risk (
    tenant      text   not null,
    id          uuid   not null,
    version     bigint not null,
    score       int    not null,             -- likelihood × impact, 0 when not rated: the list's order
    title       text   collate "C" not null,
    state       jsonb  not null,
    primary key (tenant, id)
);

create table inv_opportunity (
    tenant      text   not null,
    id          uuid   not null,
    version     bigint not null,
    title       text   collate "C" not null,
    state       jsonb  not null,
    primary key (tenant, id)
);
