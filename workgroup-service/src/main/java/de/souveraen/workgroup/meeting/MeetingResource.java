package de.souveraen.workgroup.api;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.RequestMetadata;
import de.souveraen.workgroup.attendance.AttendanceInput;
import de.souveraen.workgroup.meeting.MeetingCommand;
import de.souveraen.workgroup.meeting.MeetingCommand.AddAgendaItem;
import de.souveraen.workgroup.meeting.MeetingCommand.ApproveMinutes;
import de.souveraen.workgroup.meeting.MeetingCommand.AssignActionItem;
import de.souveraen.workgroup.meeting.MeetingCommand.CancelMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.ChangeActionItemStatus;
import de.souveraen.workgroup.meeting.MeetingCommand.MarkHeld;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordAttendance;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordDecision;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordQuorumLack;
import de.souveraen.workgroup.meeting.MeetingCommand.RecordVote;
import de.souveraen.workgroup.meeting.MeetingCommand.ScheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.SendInvitations;
import de.souveraen.workgroup.meeting.MeetingState;
import de.souveraen.workgroup.member.MemberRoster;
import de.souveraen.workgroup.member.MemberState;
import de.souveraen.workgroup.roster.Roster;
import de.souveraen.workgroup.vote.Ballot;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** The working group's meetings: schedule, invite, agenda, attendance, votes, decisions, minutes, action items. */
@Path("/api/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {
    public record ScheduleRequest(String title, OffsetDateTime start, OffsetDateTime end, String place,
            Boolean publicMeeting) {
    }

    public record DateRequest(LocalDate date) {
    }

    public record HeldRequest(OffsetDateTime actualStart, OffsetDateTime actualEnd) {
    }

    public record CancelRequest(String reason, LocalDate cancelledOn) {
    }

    public record AgendaItemRequest(String title, Boolean publicItem, UUID proposalId, Integer position) {
    }

    public record AttendanceRequest(List<AttendanceInput> entries) {
    }

    public record VoteRequest(String subject, Ballot ballot, List<UUID> excludedForBias) {
    }

    public record DecisionRequest(DecisionOutcome outcome, String resolution, UUID voteId,
            CouncilRecommendation recommendation) {
    }

    public record ActionItemRequest(UUID agendaItemId, String title, String owner, UUID ownerMemberId,
            LocalDate dueDate) {
    }

    public record ActionItemStatusRequest(ActionItemStatus status, LocalDate changedOn) {
    }

    private final WorkgroupStore store;
    private final RequestMetadata request;

    MeetingResource(WorkgroupStore store, RequestMetadata request) {
        this.store = store;
        this.request = request;
    }

    @POST
    @RolesAllowed("workgroup")
    public Uni<Response> schedule(ScheduleRequest body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        ScheduleRequest r = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "workgroup:meetings", r);
        UUID id = UUID.randomUUID();
        return create(id, new ScheduleMeeting(id, r.title(), r.start(), r.end(), r.place(), r.publicMeeting()),
                request.metadata(), once, id);
    }

    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<MeetingState>> list() {
        return store.all(WorkgroupStore.MEETING).map(all -> all.stream().filter(MeetingState::exists)
                .sorted(Comparator.comparing(MeetingState::start)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<MeetingState> get(@PathParam("id") UUID id) {
        return meeting(id);
    }

    @POST
    @Path("/{id}/invitations")
    @RolesAllowed("workgroup")
    public Uni<Response> invite(@PathParam("id") UUID id, DateRequest body) {
        EventMetadata metadata = request.metadata();
        LocalDate date = body == null ? null : body.date();
        return existingWrite(id, new SendInvitations(id, Http.orToday(date, metadata)), metadata, id);
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed("workgroup")
    public Uni<Response> held(@PathParam("id") UUID id, HeldRequest body) {
        EventMetadata metadata = request.metadata();
        HeldRequest r = body == null ? new HeldRequest(null, null) : body;
        return existingWrite(id, new MarkHeld(id, r.actualStart(), r.actualEnd(), metadata.occurredAt()), metadata,
                id);
    }

    @POST
    @Path("/{id}/minutes-approval")
    @RolesAllowed("workgroup")
    public Uni<Response> approveMinutes(@PathParam("id") UUID id, DateRequest body) {
        EventMetadata metadata = request.metadata();
        LocalDate date = body == null ? null : body.date();
        return existingWrite(id, new ApproveMinutes(id, Http.orToday(date, metadata)), metadata, id);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed("workgroup")
    public Uni<Response> cancel(@PathParam("id") UUID id, CancelRequest body) {
        CancelRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return existingWrite(id, new CancelMeeting(id, r.reason(), Http.orToday(r.cancelledOn(), metadata)), metadata,
                id);
    }

    @POST
    @Path("/{id}/agenda-items")
    @RolesAllowed("workgroup")
    public Uni<Response> addAgendaItem(@PathParam("id") UUID id, AgendaItemRequest body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        AgendaItemRequest r = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "workgroup:meetings:" + id + ":agenda-items", r);
        UUID itemId = UUID.randomUUID();
        return meeting(id).chain(ignored -> create(id, new AddAgendaItem(id, itemId, r.title(), r.publicItem(),
                r.proposalId(), r.position()), request.metadata(), once, itemId));
    }

    @jakarta.ws.rs.DELETE
    @Path("/{id}/agenda-items/{itemId}")
    @RolesAllowed("workgroup")
    public Uni<Response> removeAgendaItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return meeting(id).chain(ignored -> store.handle(WorkgroupStore.MEETING, id,
                new MeetingCommand.RemoveAgendaItem(id, itemId), request.metadata()))
                .map(handled -> Response.noContent().build());
    }

    @POST
    @Path("/{id}/attendance")
    @RolesAllowed("workgroup")
    public Uni<Response> attendance(@PathParam("id") UUID id, AttendanceRequest body) {
        AttendanceRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return withRoster(id).chain(roster -> write(id, new RecordAttendance(id, r.entries(), roster), metadata, id));
    }

    /** The lack of quorum was found (§ 49 (1) GO NRW): the meeting takes no more votes. */
    @POST
    @Path("/{id}/quorum-lack")
    @RolesAllowed("workgroup")
    public Uni<Response> quorumLack(@PathParam("id") UUID id) {
        EventMetadata metadata = request.metadata();
        return withRoster(id).chain(roster -> write(id, new RecordQuorumLack(id, roster), metadata, id));
    }

    @POST
    @Path("/{id}/agenda-items/{itemId}/vote")
    @RolesAllowed("workgroup")
    public Uni<Response> vote(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, VoteRequest body,
            @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        VoteRequest r = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "workgroup:meetings:" + id + ":agenda-items:" + itemId
                + ":vote", r);
        EventMetadata metadata = request.metadata();
        UUID voteId = UUID.randomUUID();
        return withRoster(id).chain(roster -> create(id, new RecordVote(id, itemId, voteId, r.subject(), r.ballot(),
                r.excludedForBias(), roster), metadata, once, voteId));
    }

    @POST
    @Path("/{id}/agenda-items/{itemId}/decision")
    @RolesAllowed("workgroup")
    public Uni<Response> decide(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, DecisionRequest body) {
        DecisionRequest r = Http.body(body);
        return existingWrite(id, new RecordDecision(id, itemId, r.outcome(), r.resolution(), r.voteId(),
                r.recommendation()), request.metadata(), itemId);
    }

    @POST
    @Path("/{id}/action-items")
    @RolesAllowed("workgroup")
    public Uni<Response> assign(@PathParam("id") UUID id, ActionItemRequest body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        ActionItemRequest r = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "workgroup:meetings:" + id + ":action-items", r);
        UUID actionId = UUID.randomUUID();
        return meeting(id).chain(ignored -> create(id, new AssignActionItem(id, actionId, r.agendaItemId(),
                r.title(), r.owner(), r.ownerMemberId(), r.dueDate()), request.metadata(), once, actionId));
    }

    @POST
    @Path("/{id}/action-items/{actionId}/status")
    @RolesAllowed("workgroup")
    public Uni<Response> actionStatus(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            ActionItemStatusRequest body) {
        ActionItemStatusRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return existingWrite(id, new ChangeActionItemStatus(id, actionId, r.status(),
                Http.orToday(r.changedOn(), metadata)), metadata, actionId);
    }

    /** The body's members on the meeting's day (Europe/Berlin), for quorum and vote checks. */
    private Uni<Roster> withRoster(UUID id) {
        return meeting(id).chain(meeting -> store.all(WorkgroupStore.MEMBER).map(members -> MemberRoster.on(
                meeting.start().atZoneSameInstant(Http.BERLIN).toLocalDate(),
                members.stream().filter(MemberState::exists).toList())));
    }

    private Uni<MeetingState> meeting(UUID id) {
        return store.existing(WorkgroupStore.MEETING, id, MeetingState::exists, "Die Sitzung", "Meeting");
    }

    private Uni<Response> existingWrite(UUID id, MeetingCommand command, EventMetadata metadata, UUID createdId) {
        return meeting(id).chain(ignored -> write(id, command, metadata, createdId));
    }

    /** A write that creates something: 201 with its id, exactly once under the client's idempotency key. */
    private Uni<Response> create(UUID id, MeetingCommand command, EventMetadata metadata, IdempotencyKey once,
            UUID createdId) {
        return store.handle(WorkgroupStore.MEETING, id, command, metadata, once, handled -> Http.created(createdId))
                .map(outcome -> Http.created(outcome, answered -> "/api/meetings/"
                        + (createdId.equals(id) ? answered : id)));
    }

    private Uni<Response> write(UUID id, MeetingCommand command, EventMetadata metadata, UUID createdId) {
        return store.handle(WorkgroupStore.MEETING, id, command, metadata)
                .map(handled -> Http.toResponse(Http.created(createdId), "/api/meetings/" + id));
    }
}
