-- The bookings journal as current-state tables (ADR 0020). A fiscal year is one stream, so its table has one row
-- per booking (expense or reversal), written in the transaction that appends the year's events (JournalTable),
-- refilled by POST /api/admin/state-tables/rebuild. bud_fiscal_year records up to which stream version the year's
-- rows are applied: a write applies only the events after it.

create table bud_fiscal_year (
    tenant       text   not null,
    fiscal_year  int    not null,
    version      bigint not null,
    primary key (tenant, fiscal_year)
);

create table bud_booking (
    tenant       text    not null,
    fiscal_year  int     not null,
    id           uuid    not null,
    seq          bigint  not null,  -- stream version of the event that recorded the booking: the journal's order
    version      bigint  not null,  -- stream version of the last event that changed the row
    kind         text    not null,
    line_code    text    not null,
    vendor_key   text,              -- lower-case vendor: the journal's ?vendor=
    booked_on    date    not null,
    booking      jsonb   not null,  -- the journal row as the API shows it
    primary key (tenant, fiscal_year, id)
);
create index bud_booking_order on bud_booking (tenant, fiscal_year, seq);
