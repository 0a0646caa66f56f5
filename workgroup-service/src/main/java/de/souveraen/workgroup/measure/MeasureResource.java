package de.souveraen.workgroup.measure;

import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.contracts.workgroup.MeasureStatus;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Writes;
import de.souveraen.workgroup.measure.MeasureCommand.CloseMeasure;
import de.souveraen.workgroup.measure.MeasureCommand.DefineMeasure;
import de.souveraen.workgroup.measure.MeasureCommand.DropMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.PlanMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.ReachMilestone;
import de.souveraen.workgroup.measure.MeasureCommand.ReviseMeasure;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * The programme of measures ("Maßnahmen") the working group owns: the motion's five mandates and any further measure,
 * with milestones; progress is derived from the milestones.
 */
@Path("/api/measures")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeasureResource {
    public record MilestoneRequest(String title, LocalDate due) {
    }

    public record ReachedRequest(LocalDate reachedOn, String note) {
    }

    public record DropRequest(String reason) {
    }

    public record CloseRequest(MeasureStatus status, String reason, LocalDate closedOn) {
    }

    private final AggregateStore store;
    private final Writes writes;

    MeasureResource(AggregateStore store, Writes writes) {
        this.store = store;
        this.writes = writes;
    }

    @POST
    @RolesAllowed("workgroup")
    public Uni<Response> define(MeasureDetails body) {
        MeasureDetails details = Http.body(body);
        UUID id = UUID.randomUUID();
        return writes.create(MeasureDecider.AGGREGATE, id,
                new DefineMeasure(id, details, Http.orToday(null, writes.metadata())), details, id,
                answered -> "/api/measures/" + answered);
    }

    /** The measure's details anew (a PUT: {@code If-Match} required). */
    @PUT
    @Path("/{id}")
    @RolesAllowed("workgroup")
    public Uni<Response> revise(@PathParam("id") UUID id, MeasureDetails body) {
        MeasureDetails details = Http.body(body);
        return measure(id).chain(ignored -> writes.replace(MeasureDecider.AGGREGATE, id,
                new ReviseMeasure(id, details), details));
    }

    /** A new milestone: 201 with its id. */
    @POST
    @Path("/{id}/milestones")
    @RolesAllowed("workgroup")
    public Uni<Response> plan(@PathParam("id") UUID id, MilestoneRequest body) {
        MilestoneRequest r = Http.body(body);
        UUID milestone = UUID.randomUUID();
        return measure(id).chain(ignored -> writes.create(MeasureDecider.AGGREGATE, id,
                new PlanMilestone(id, milestone, r.title(), r.due()), r, milestone, answered -> "/api/measures/" + id));
    }

    @POST
    @Path("/{id}/milestones/{milestoneId}/reached")
    @RolesAllowed("workgroup")
    public Uni<Response> reached(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            ReachedRequest body) {
        ReachedRequest r = Http.body(body);
        return change(id, new ReachMilestone(id, milestoneId, r.reachedOn(), r.note(),
                Http.orToday(null, writes.metadata())), r);
    }

    @POST
    @Path("/{id}/milestones/{milestoneId}/dropped")
    @RolesAllowed("workgroup")
    public Uni<Response> dropped(@PathParam("id") UUID id, @PathParam("milestoneId") UUID milestoneId,
            DropRequest body) {
        DropRequest r = Http.body(body);
        return change(id, new DropMilestone(id, milestoneId, r.reason()), r);
    }

    /** Completed (every milestone reached or dropped) or stopped with a reason. */
    @POST
    @Path("/{id}/closure")
    @RolesAllowed("workgroup")
    public Uni<Response> close(@PathParam("id") UUID id, CloseRequest body) {
        CloseRequest r = Http.body(body);
        return change(id, new CloseMeasure(id, r.status(), r.reason(), Http.orToday(r.closedOn(), writes.metadata())),
                r);
    }

    /** Every measure, by mandate (in the motion's order) and title. */
    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<MeasureView>> list() {
        LocalDate today = Http.orToday(null, writes.metadata());
        return store.all(MeasureDecider.AGGREGATE).map(all -> all.stream().filter(MeasureState::exists)
                .sorted(Comparator.comparing((MeasureState s) -> s.details().mandate())
                        .thenComparing(s -> s.details().title()))
                .map(s -> MeasureView.of(s, today)).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RestResponse<MeasureView>> get(@PathParam("id") UUID id) {
        LocalDate today = Http.orToday(null, writes.metadata());
        return measure(id).map(measure -> Writes.tagged(measure, state -> MeasureView.of(state, today)));
    }

    private Uni<Versioned<MeasureState>> measure(UUID id) {
        return store.existing(MeasureDecider.AGGREGATE, id, MeasureState::exists, () -> Rejection.notFound(
                "measure-not-found", "Die Maßnahme " + id + " gibt es nicht.", "Measure " + id + " does not exist."));
    }

    private Uni<Response> change(UUID id, MeasureCommand command, Object body) {
        return measure(id).chain(ignored -> writes.change(MeasureDecider.AGGREGATE, id, command, body));
    }
}
