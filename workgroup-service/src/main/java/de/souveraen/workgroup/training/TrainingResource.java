package de.souveraen.workgroup.training;

import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.web.HistoryEntry;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Writes;
import de.souveraen.workgroup.training.TrainingCommand.CancelTraining;
import de.souveraen.workgroup.training.TrainingCommand.PlanTraining;
import de.souveraen.workgroup.training.TrainingCommand.RecordFeedback;
import de.souveraen.workgroup.training.TrainingCommand.RecordHeld;
import de.souveraen.workgroup.training.TrainingCommand.RecordOutcomes;
import de.souveraen.workgroup.training.TrainingCommand.ReviseTraining;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** The trainings and workshops the working group organises. */
@Path("/api/trainings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {
    public record HeldRequest(LocalDate date, Integer participants, BigDecimal hours) {
    }

    public record FeedbackRequest(List<Integer> scores) {
    }

    public record OutcomesRequest(List<String> outcomes) {
    }

    public record CancelRequest(String reason, LocalDate cancelledOn) {
    }

    private final AggregateStore store;
    private final Writes writes;

    TrainingResource(AggregateStore store, Writes writes) {
        this.store = store;
        this.writes = writes;
    }

    @POST
    @RolesAllowed("workgroup")
    public Uni<Response> plan(TrainingDetails body) {
        TrainingDetails details = Http.body(body);
        UUID id = UUID.randomUUID();
        return writes.create(TrainingDecider.AGGREGATE, id, new PlanTraining(id, details), details, id,
                answered -> "/api/trainings/" + answered);
    }

    /** The planned training's details anew (a PUT: {@code If-Match} required). */
    @PUT
    @Path("/{id}")
    @RolesAllowed("workgroup")
    public Uni<Response> revise(@PathParam("id") UUID id, TrainingDetails body) {
        TrainingDetails details = Http.body(body);
        return training(id).chain(ignored -> writes.replace(TrainingDecider.AGGREGATE, id,
                new ReviseTraining(id, details), details));
    }

    /** The planned training is called off, with the reason. */
    @POST
    @Path("/{id}/cancellation")
    @RolesAllowed("workgroup")
    public Uni<Response> cancel(@PathParam("id") UUID id, CancelRequest body) {
        CancelRequest r = Http.body(body);
        return change(id, new CancelTraining(id, r.reason(), Http.orToday(r.cancelledOn(), writes.metadata())), r);
    }

    @POST
    @Path("/{id}/held")
    @RolesAllowed("workgroup")
    public Uni<Response> held(@PathParam("id") UUID id, HeldRequest body) {
        HeldRequest r = Http.body(body);
        return change(id, new RecordHeld(id, r.date(), r.participants(), r.hours(),
                Http.orToday(null, writes.metadata())), r);
    }

    @POST
    @Path("/{id}/feedback")
    @RolesAllowed("workgroup")
    public Uni<Response> feedback(@PathParam("id") UUID id, FeedbackRequest body) {
        FeedbackRequest r = Http.body(body);
        return change(id, new RecordFeedback(id, r.scores()), r);
    }

    @POST
    @Path("/{id}/outcomes")
    @RolesAllowed("workgroup")
    public Uni<Response> outcomes(@PathParam("id") UUID id, OutcomesRequest body) {
        OutcomesRequest r = Http.body(body);
        return change(id, new RecordOutcomes(id, r.outcomes()), r);
    }

    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<TrainingState>> list() {
        return TrainingRow.all(store.tenant());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RestResponse<TrainingState>> get(@PathParam("id") UUID id) {
        return training(id).map(training -> Writes.tagged(training, state -> state));
    }

    /** Who changed the training when, and how: every event of its stream, oldest first. */
    @GET
    @Path("/{id}/history")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<HistoryEntry>> history(@PathParam("id") UUID id) {
        return HistoryEntry.read(training(id), store, TrainingDecider.AGGREGATE, id);
    }

    private Uni<Versioned<TrainingState>> training(UUID id) {
        return store.existing(TrainingDecider.AGGREGATE, id, TrainingState::exists, () -> Rejection.notFound(
                "training-not-found", "Die Schulung " + id + " gibt es nicht.", "Training " + id + " does not exist."));
    }

    /** A change of the existing training: 200 with its id and new version. */
    private Uni<Response> change(UUID id, TrainingCommand command, Object body) {
        return training(id).chain(ignored -> writes.change(TrainingDecider.AGGREGATE, id, command, body));
    }
}
