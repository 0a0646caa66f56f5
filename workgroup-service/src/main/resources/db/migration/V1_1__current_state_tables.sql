-- Current-state tables of the working group, one row per aggregate (or part of one) and municipality. They are
-- written in the transaction that appends the aggregate's events (kernel StateTable) and rebuilt from the events with
-- POST /api/admin/state-tables/rebuild; lists, OParl and the iCalendar feed read them instead of folding events.
-- created/modified: the recorded time of the stream's first and last event, to the second (as OParl shows them).
-- state: the aggregate's current state as JSON (the answer of GET /api/<aggregate>/{id}).

create table wg_member (
    tenant      text not null,
    member_id   uuid not null,
    version     bigint not null,
    family_name text collate "C" not null,
    given_name  text collate "C" not null,
    created     timestamptz not null,
    modified    timestamptz not null,
    state       jsonb not null,
    primary key (tenant, member_id)
);
create index wg_member_by_name on wg_member (tenant, family_name, given_name, member_id);

-- OParl Memberships: one row per membership period of a member (number from 1), stamped as the member
create table wg_membership (
    tenant    text not null,
    member_id uuid not null,
    number    int not null,
    created   timestamptz not null,
    modified  timestamptz not null,
    period    jsonb not null,
    primary key (tenant, member_id, number)
);

create table wg_meeting (
    tenant         text not null,
    meeting_id     uuid not null,
    version        bigint not null,
    start_at       timestamptz not null,
    public_meeting boolean not null,
    status         text not null,
    created        timestamptz not null,
    modified       timestamptz not null,
    state          jsonb not null,
    primary key (tenant, meeting_id)
);
create index wg_meeting_by_start on wg_meeting (tenant, start_at, meeting_id);

-- OParl AgendaItems and Consultations: the items on a meeting's agenda (position from 1) and the removed ones
-- (deleted, position = the removing event's stream version, no item); created = when the item was added,
-- modified = the meeting's last change (for a removed item: its removal)
create table wg_agenda_item (
    tenant         text not null,
    item_id        uuid not null,
    meeting_id     uuid not null,
    meeting_start  timestamptz,
    meeting_public boolean not null,
    position       int not null,
    public_item    boolean not null,
    proposal_id    uuid,
    deleted        boolean not null,
    created        timestamptz not null,
    modified       timestamptz not null,
    item           jsonb,
    primary key (tenant, item_id)
);
create index wg_agenda_item_order on wg_agenda_item (tenant, deleted, meeting_start, meeting_id, position);
create index wg_agenda_item_of_meeting on wg_agenda_item (tenant, meeting_id);
create index wg_agenda_item_of_proposal on wg_agenda_item (tenant, proposal_id) where proposal_id is not null;

create table wg_proposal (
    tenant       text not null,
    proposal_id  uuid not null,
    version      bigint not null,
    reference    text,
    submitted_on date,
    created      timestamptz not null,
    modified     timestamptz not null,
    state        jsonb not null,
    primary key (tenant, proposal_id)
);

create table wg_training (
    tenant      text not null,
    training_id uuid not null,
    version     bigint not null,
    status      text not null,
    created     timestamptz not null,
    modified    timestamptz not null,
    state       jsonb not null,
    primary key (tenant, training_id)
);
