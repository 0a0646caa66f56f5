package de.souveraen.workgroup.api;

import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.workgroup.WorkgroupEvent;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.idempotency.StoredResponse;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.CommandHandler;
import de.souveraen.eventstore.store.Handled;
import de.souveraen.workgroup.meeting.MeetingCommand;
import de.souveraen.workgroup.meeting.MeetingDecider;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.member.MemberCommand;
import de.souveraen.workgroup.member.MemberDecider;
import de.souveraen.workgroup.member.MemberState;
import de.souveraen.workgroup.proposal.ProposalCommand;
import de.souveraen.workgroup.proposal.ProposalDecider;
import de.souveraen.workgroup.proposal.ProposalState;
import de.souveraen.workgroup.training.TrainingCommand;
import de.souveraen.workgroup.training.TrainingDecider;
import de.souveraen.workgroup.training.TrainingState;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The workgroup service's one store adapter over the kernel: one stream per member, meeting, proposal and
 * training; registers fold all streams of a type (as in the inventory, ADR 0005).
 */
@ApplicationScoped
public class WorkgroupStore {
    public static final Aggregate<MemberCommand, MemberState, WorkgroupEvent> MEMBER = new Aggregate<>(
            MemberDecider.STREAM_TYPE, new MemberDecider(), WorkgroupEvent.class);
    public static final Aggregate<MeetingCommand, MeetingState, WorkgroupEvent> MEETING = new Aggregate<>(
            MeetingDecider.STREAM_TYPE, new MeetingDecider(), WorkgroupEvent.class);
    public static final Aggregate<ProposalCommand, ProposalState, WorkgroupEvent> PROPOSAL = new Aggregate<>(
            ProposalDecider.STREAM_TYPE, new ProposalDecider(), WorkgroupEvent.class);
    public static final Aggregate<TrainingCommand, TrainingState, WorkgroupEvent> TRAINING = new Aggregate<>(
            TrainingDecider.STREAM_TYPE, new TrainingDecider(), WorkgroupEvent.class);

    private final CommandHandler handler;
    private final Pool pool;

    WorkgroupStore(CommandHandler handler, Pool pool) {
        this.handler = handler;
        this.pool = pool;
    }

    public <C, S> Uni<Handled<S, WorkgroupEvent>> handle(Aggregate<C, S, WorkgroupEvent> aggregate, UUID id,
            C command, EventMetadata metadata) {
        return handler.handle(aggregate, streamId(aggregate, id), command, metadata);
    }

    /**
     * As {@link #handle}, answering {@code respond(handled)}; under the client's idempotency key (or {@code null})
     * exactly once: a retry with the same key and request gets the first answer and appends nothing.
     */
    public <C, S> Uni<CommandHandler.Outcome> handle(Aggregate<C, S, WorkgroupEvent> aggregate, UUID id, C command,
            EventMetadata metadata, IdempotencyKey key, Function<Handled<S, WorkgroupEvent>, StoredResponse> respond) {
        return handler.handle(aggregate, streamId(aggregate, id), command, metadata, key, respond);
    }

    /** The state of one member, meeting, proposal or training; 404 naming {@code what} if it does not exist. */
    public <C, S> Uni<S> existing(Aggregate<C, S, WorkgroupEvent> aggregate, UUID id, Predicate<S> exists,
            String whatDe, String whatEn) {
        return handler.state(aggregate, streamId(aggregate, id)).map(versioned -> {
            if (!exists.test(versioned.state())) {
                throw Rejection.notFound(aggregate.streamType() + "-not-found", whatDe + " " + id + " gibt es nicht.",
                        whatEn + " " + id + " does not exist.");
            }
            return versioned.state();
        });
    }

    public <C, S> Uni<List<S>> all(Aggregate<C, S, WorkgroupEvent> aggregate) {
        return handler.states(aggregate);
    }

    public Uni<List<EventEnvelope>> events(Aggregate<?, ?, WorkgroupEvent> aggregate, UUID id) {
        return handler.store().load(pool, streamId(aggregate, id), 0);
    }

    /**
     * A version of everything this service stored: changes with every committed event (events are never deleted, so
     * the count grows; the highest position comes with it). For caches of views folded from all events.
     */
    public Uni<String> version() {
        return pool.query("select count(*) || ':' || coalesce(max(position), 0) from es_event").execute()
                .map(rows -> rows.iterator().next().getString(0));
    }

    public Uni<List<EventEnvelope>> eventsOfType(Aggregate<?, ?, WorkgroupEvent> aggregate) {
        return handler.store().loadType(pool, aggregate.streamType());
    }

    static String streamId(Aggregate<?, ?, ?> aggregate, UUID id) {
        return aggregate.streamType() + "-" + id;
    }
}
