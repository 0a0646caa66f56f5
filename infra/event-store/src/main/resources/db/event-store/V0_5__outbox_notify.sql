-- The outbox relay listens on channel es_event_appended instead of polling: every statement that inserts events
-- notifies in the inserting transaction, so the notification is delivered when (and only if) the transaction commits.
-- PostgreSQL folds equal notifications of one transaction into one. A lost notification costs only latency: the
-- relay still polls, slowly (souveraen.outbox.safety-poll).
create or replace function es_event_notify() returns trigger language plpgsql as $$
begin
    perform pg_notify('es_event_appended', '');
    return null;
end
$$;

drop trigger if exists es_event_appended on es_event;
create trigger es_event_appended after insert on es_event for each statement execute function es_event_notify();
