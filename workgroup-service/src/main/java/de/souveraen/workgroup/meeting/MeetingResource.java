package de.souveraen.workgroup.meeting;

import de.souveraen.contracts.workgroup.ActionItemStatus;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.text.German;
import de.souveraen.eventstore.web.HistoryEntry;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Writes;
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
import de.souveraen.workgroup.meeting.MeetingCommand.ReorderAgenda;
import de.souveraen.workgroup.meeting.MeetingCommand.RescheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.ScheduleMeeting;
import de.souveraen.workgroup.meeting.MeetingCommand.SendInvitations;
import de.souveraen.workgroup.meeting.MeetingCommand.WriteMinutes;
import de.souveraen.workgroup.meeting.attendance.AttendanceInput;
import de.souveraen.workgroup.meeting.vote.Ballot;
import de.souveraen.workgroup.member.MemberRow;
import de.souveraen.workgroup.proposal.ProposalDecider;
import de.souveraen.workgroup.proposal.ProposalState;
import de.souveraen.workgroup.member.MemberRoster;
import de.souveraen.workgroup.roster.Roster;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The working group's meetings: schedule, invite, agenda, attendance, votes, decisions, minutes, action items. */
@Path("/api/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeetingResource {
    /**
     * {@code reconvenedFrom}: the earlier meeting whose lack of quorum was recorded; the new one is convened again for
     * its undecided items and is quorate for them regardless (§ 49 (2) GO NRW).
     */
    public record ScheduleRequest(String title, OffsetDateTime start, OffsetDateTime end, String place,
            Boolean publicMeeting, UUID reconvenedFrom) {
    }

    public record DateRequest(LocalDate date) {
    }

    public record RescheduleRequest(OffsetDateTime start, OffsetDateTime end, String place) {
    }

    public record AgendaOrderRequest(List<UUID> agendaItemIds) {
    }

    public record MinutesRequest(String text) {
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

    private final AggregateStore store;
    private final Writes writes;

    MeetingResource(AggregateStore store, Writes writes) {
        this.store = store;
        this.writes = writes;
    }

    @POST
    @RolesAllowed("workgroup")
    public Uni<Response> schedule(ScheduleRequest body) {
        ScheduleRequest r = Http.body(body);
        UUID id = UUID.randomUUID();
        if (r.reconvenedFrom() == null) {
            return writes.create(MeetingDecider.AGGREGATE, id, new ScheduleMeeting(id, r.title(), r.start(), r.end(),
                    r.place(), r.publicMeeting()), r, id, answered -> "/api/meetings/" + answered);
        }
        // the earlier meeting of this municipality (another's is simply not found)
        return store.state(MeetingDecider.AGGREGATE, r.reconvenedFrom()).chain(earlier -> {
            List<UUID> ids = new java.util.ArrayList<>();
            earlier.state().agenda().items().forEach(item -> ids.add(UUID.randomUUID()));
            return writes.create(MeetingDecider.AGGREGATE, id, new ScheduleMeeting(id, r.title(), r.start(), r.end(),
                    r.place(), r.publicMeeting(), new MeetingCommand.Reconvening(r.reconvenedFrom(), earlier.state(),
                            ids)), r, id, answered -> "/api/meetings/" + answered);
        });
    }

    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<MeetingState>> list() {
        return MeetingRow.byStart(store.tenant(), false);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RestResponse<MeetingState>> get(@PathParam("id") UUID id) {
        return meeting(id).map(meeting -> Writes.tagged(meeting, state -> state));
    }

    /** New time or place before the meeting ({@code reschedules} counts up; calendars see a new SEQUENCE). */
    @POST
    @Path("/{id}/rescheduling")
    @RolesAllowed("workgroup")
    public Uni<Response> reschedule(@PathParam("id") UUID id, RescheduleRequest body) {
        RescheduleRequest r = Http.body(body);
        return change(id, new RescheduleMeeting(id, r.start(), r.end(), r.place()), r);
    }

    /** The agenda in a new order: every item once (a PUT: {@code If-Match} required). */
    @PUT
    @Path("/{id}/agenda-order")
    @RolesAllowed("workgroup")
    public Uni<Response> reorderAgenda(@PathParam("id") UUID id, AgendaOrderRequest body) {
        AgendaOrderRequest r = Http.body(body);
        return replace(id, new ReorderAgenda(id, r.agendaItemIds()), r);
    }

    @POST
    @Path("/{id}/invitations")
    @RolesAllowed("workgroup")
    public Uni<Response> invite(@PathParam("id") UUID id, DateRequest body) {
        LocalDate date = body == null ? null : body.date();
        return change(id, new SendInvitations(id, Http.orToday(date, writes.metadata())), body);
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed("workgroup")
    public Uni<Response> held(@PathParam("id") UUID id, HeldRequest body) {
        HeldRequest r = body == null ? new HeldRequest(null, null) : body;
        return change(id, new MarkHeld(id, r.actualStart(), r.actualEnd(), writes.metadata().occurredAt()), r);
    }

    /** The minutes' whole text, replacing what was written (a PUT: {@code If-Match} required). */
    @PUT
    @Path("/{id}/minutes")
    @RolesAllowed("workgroup")
    public Uni<Response> writeMinutes(@PathParam("id") UUID id, MinutesRequest body) {
        MinutesRequest r = Http.body(body);
        return replace(id, new WriteMinutes(id, r.text()), r);
    }

    /** Who changed the meeting when, and how: every event of its stream, oldest first. */
    @GET
    @Path("/{id}/history")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.read(meeting(id), store, MeetingDecider.AGGREGATE, id);
    }

    /**
     * The history of one agenda item and its decision: the events of the meeting's stream that name the item,
     * oldest first; 404 when the meeting never had the item.
     */
    @GET
    @Path("/{id}/agenda-items/{itemId}/history")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<HistoryEntry>> itemHistory(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return HistoryEntry.read(meeting(id), store, MeetingDecider.AGGREGATE, id).map(all -> {
            List<HistoryEntry> item = all.stream().filter(e -> itemId.toString()
                    .equals(e.change().path("agendaItemId").asText(null))).toList();
            if (item.isEmpty()) {
                throw Rejection.notFound("agenda-item-not-found", "Diesen Tagesordnungspunkt gibt es nicht.",
                        "There is no such agenda item.");
            }
            return item;
        });
    }

    @POST
    @Path("/{id}/minutes-approval")
    @RolesAllowed("workgroup")
    public Uni<Response> approveMinutes(@PathParam("id") UUID id, DateRequest body) {
        LocalDate date = body == null ? null : body.date();
        return change(id, new ApproveMinutes(id, Http.orToday(date, writes.metadata())), body);
    }

    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed("workgroup")
    public Uni<Response> cancel(@PathParam("id") UUID id, CancelRequest body) {
        CancelRequest r = Http.body(body);
        return change(id, new CancelMeeting(id, r.reason(), Http.orToday(r.cancelledOn(), writes.metadata())), r);
    }

    /** A new agenda item: 201 with its id; its location is the meeting's, which lists it. */
    @POST
    @Path("/{id}/agenda-items")
    @RolesAllowed("workgroup")
    public Uni<Response> addAgendaItem(@PathParam("id") UUID id, AgendaItemRequest body) {
        AgendaItemRequest r = Http.body(body);
        UUID itemId = UUID.randomUUID();
        return meeting(id).chain(ignored -> proposalOfTheMunicipality(r.proposalId()))
                .chain(ignored -> create(id, new AddAgendaItem(id, itemId, r.title(), r.publicItem(),
                        r.proposalId(), r.position()), r, itemId));
    }

    /**
     * The proposal an agenda item names must be one of the municipality's: otherwise 422 at {@code proposalId}
     * (another municipality's proposal is answered as one that exists nowhere), so no item refers to a paper its
     * municipality does not have.
     */
    private Uni<Object> proposalOfTheMunicipality(UUID proposalId) {
        if (proposalId == null) {
            return Uni.createFrom().item(Boolean.TRUE);
        }
        return store.existing(ProposalDecider.AGGREGATE, proposalId, ProposalState::exists, () -> Rejection.invalid(
                "unknown-proposal", "proposalId", "Diese Vorlage ist in Ihrer Gemeinde nicht erfasst.",
                "Your municipality has no such proposal.")).map(found -> found);
    }

    /** Removes an agenda item before the meeting, a change of the meeting: 204 with its new ETag. */
    @DELETE
    @Path("/{id}/agenda-items/{itemId}")
    @RolesAllowed("workgroup")
    public Uni<Response> removeAgendaItem(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId) {
        return change(id, new MeetingCommand.RemoveAgendaItem(id, itemId), null)
                .map(changed -> Response.noContent().header(Http.ETAG, changed.getHeaderString(Http.ETAG)).build());
    }

    @POST
    @Path("/{id}/attendance")
    @RolesAllowed("workgroup")
    public Uni<Response> attendance(@PathParam("id") UUID id, AttendanceRequest body) {
        AttendanceRequest r = Http.body(body);
        return withRoster(id).chain(roster -> writes.change(MeetingDecider.AGGREGATE, id,
                new RecordAttendance(id, r.entries(), roster), r));
    }

    /** The lack of quorum was found (§ 49 (1) GO NRW): the meeting takes no more votes. */
    @POST
    @Path("/{id}/quorum-lack")
    @RolesAllowed("workgroup")
    public Uni<Response> quorumLack(@PathParam("id") UUID id) {
        return withRoster(id).chain(roster -> writes.change(MeetingDecider.AGGREGATE, id,
                new RecordQuorumLack(id, roster), Map.of()));
    }

    /** A vote on an agenda item: 201 with the vote's id; its location is the meeting's, which lists it. */
    @POST
    @Path("/{id}/agenda-items/{itemId}/vote")
    @RolesAllowed("workgroup")
    public Uni<Response> vote(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, VoteRequest body) {
        VoteRequest r = Http.body(body);
        UUID voteId = UUID.randomUUID();
        return withRoster(id).chain(roster -> create(id, new RecordVote(id, itemId, voteId, r.subject(), r.ballot(),
                r.excludedForBias(), roster), r, voteId));
    }

    @POST
    @Path("/{id}/agenda-items/{itemId}/decision")
    @RolesAllowed("workgroup")
    public Uni<Response> decide(@PathParam("id") UUID id, @PathParam("itemId") UUID itemId, DecisionRequest body) {
        DecisionRequest r = Http.body(body);
        return change(id, new RecordDecision(id, itemId, r.outcome(), r.resolution(), r.voteId(),
                r.recommendation()), r);
    }

    /** A new action item: 201 with its id; its location is the meeting's, which lists it. */
    @POST
    @Path("/{id}/action-items")
    @RolesAllowed("workgroup")
    public Uni<Response> assign(@PathParam("id") UUID id, ActionItemRequest body) {
        ActionItemRequest r = Http.body(body);
        UUID actionId = UUID.randomUUID();
        return meeting(id).chain(ignored -> create(id, new AssignActionItem(id, actionId, r.agendaItemId(),
                r.title(), r.owner(), r.ownerMemberId(), r.dueDate()), r, actionId));
    }

    @POST
    @Path("/{id}/action-items/{actionId}/status")
    @RolesAllowed("workgroup")
    public Uni<Response> actionStatus(@PathParam("id") UUID id, @PathParam("actionId") UUID actionId,
            ActionItemStatusRequest body) {
        ActionItemStatusRequest r = Http.body(body);
        return change(id, new ChangeActionItemStatus(id, actionId, r.status(),
                Http.orToday(r.changedOn(), writes.metadata())), r);
    }

    /** The body's members on the meeting's day (Europe/Berlin), for quorum and vote checks. */
    private Uni<Roster> withRoster(UUID id) {
        return meeting(id).chain(meeting -> MemberRow.byId(store.tenant()).map(members -> MemberRoster.on(
                meeting.state().start().atZoneSameInstant(German.ZONE).toLocalDate(), members)));
    }

    private Uni<Versioned<MeetingState>> meeting(UUID id) {
        return store.existing(MeetingDecider.AGGREGATE, id, MeetingState::exists, () -> Rejection.notFound(
                "meeting-not-found", "Die Sitzung " + id + " gibt es nicht.", "Meeting " + id + " does not exist."));
    }

    /** A change of the existing meeting: 200 with the meeting's id and new version. */
    private Uni<Response> change(UUID id, MeetingCommand command, Object body) {
        return meeting(id).chain(ignored -> writes.change(MeetingDecider.AGGREGATE, id, command,
                body == null ? Map.of() : body));
    }

    /** A replacement of a part of the existing meeting (a PUT, under {@code If-Match}): 200 with the new version. */
    private Uni<Response> replace(UUID id, MeetingCommand command, Object body) {
        return meeting(id).chain(ignored -> writes.replace(MeetingDecider.AGGREGATE, id, command, body));
    }

    /** A part of the meeting was created: 201 with its id, located at the meeting. */
    private Uni<Response> create(UUID id, MeetingCommand command, Object body, UUID createdId) {
        return writes.create(MeetingDecider.AGGREGATE, id, command, body, createdId, answered -> "/api/meetings/" + id);
    }
}
