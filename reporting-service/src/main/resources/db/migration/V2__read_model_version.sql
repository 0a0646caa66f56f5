-- The read model's version per source (budget, inventory, workgroup): raised in the same transaction that changes
-- that source's documents, and by a rebuild's reset. A built report is cached per period under these versions.
create table rm_version (
    source   text   primary key,
    version  bigint not null
);
