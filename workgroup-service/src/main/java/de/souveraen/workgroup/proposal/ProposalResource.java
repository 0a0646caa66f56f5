package de.souveraen.workgroup.api;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.RequestMetadata;
import de.souveraen.workgroup.proposal.ProposalCommand.SubmitProposal;
import de.souveraen.workgroup.proposal.ProposalState;
import de.souveraen.workgroup.training.TrainingCommand;
import de.souveraen.workgroup.training.TrainingCommand.PlanTraining;
import de.souveraen.workgroup.training.TrainingCommand.RecordFeedback;
import de.souveraen.workgroup.training.TrainingCommand.RecordHeld;
import de.souveraen.workgroup.training.TrainingCommand.RecordOutcomes;
import de.souveraen.workgroup.training.TrainingState;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Proposals (Vorlagen) and the trainings and workshops the working group organises. */
@Path("/api")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalTrainingResource {
    public record ProposalRequest(String reference, String title, String text, String submitter,
            UUID submitterMemberId, List<UUID> dependencyIds, LocalDate submittedOn) {
    }

    public record HeldRequest(LocalDate date, Integer participants, BigDecimal hours) {
    }

    public record FeedbackRequest(List<Integer> scores) {
    }

    public record OutcomesRequest(List<String> outcomes) {
    }

    private final WorkgroupStore store;
    private final RequestMetadata request;

    ProposalTrainingResource(WorkgroupStore store, RequestMetadata request) {
        this.store = store;
        this.request = request;
    }

    @POST
    @Path("/proposals")
    @RolesAllowed("workgroup")
    public Uni<Response> submit(ProposalRequest body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        ProposalRequest r = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "workgroup:proposals", r);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        return store.handle(WorkgroupStore.PROPOSAL, id, new SubmitProposal(id, r.reference(), r.title(), r.text(),
                r.submitter(), r.submitterMemberId(), r.dependencyIds(), Http.orToday(r.submittedOn(), metadata)),
                metadata, once, h -> Http.created(id))
                .map(outcome -> Http.created(outcome, answered -> "/api/proposals/" + answered));
    }

    @GET
    @Path("/proposals")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<ProposalState>> proposals() {
        return store.all(WorkgroupStore.PROPOSAL).map(all -> all.stream().filter(ProposalState::exists).toList());
    }

    @POST
    @Path("/trainings")
    @RolesAllowed("workgroup")
    public Uni<Response> plan(TrainingDetails body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        TrainingDetails details = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "workgroup:trainings", details);
        UUID id = UUID.randomUUID();
        return store.handle(WorkgroupStore.TRAINING, id, new PlanTraining(id, details), request.metadata(), once,
                h -> Http.created(id)).map(outcome -> Http.created(outcome, answered -> "/api/trainings/" + answered));
    }

    @POST
    @Path("/trainings/{id}/held")
    @RolesAllowed("workgroup")
    public Uni<Response> held(@PathParam("id") UUID id, HeldRequest body) {
        HeldRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return training(id, new RecordHeld(id, r.date(), r.participants(), r.hours(), Http.orToday(null, metadata)),
                metadata, true);
    }

    @POST
    @Path("/trainings/{id}/feedback")
    @RolesAllowed("workgroup")
    public Uni<Response> feedback(@PathParam("id") UUID id, FeedbackRequest body) {
        return training(id, new RecordFeedback(id, Http.body(body).scores()), request.metadata(), true);
    }

    @POST
    @Path("/trainings/{id}/outcomes")
    @RolesAllowed("workgroup")
    public Uni<Response> outcomes(@PathParam("id") UUID id, OutcomesRequest body) {
        return training(id, new RecordOutcomes(id, Http.body(body).outcomes()), request.metadata(), true);
    }

    @GET
    @Path("/trainings")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<TrainingState>> trainings() {
        return store.all(WorkgroupStore.TRAINING).map(all -> all.stream().filter(TrainingState::exists).toList());
    }

    private Uni<Response> training(UUID id, TrainingCommand command, EventMetadata metadata, boolean mustExist) {
        Uni<?> check = mustExist
                ? store.existing(WorkgroupStore.TRAINING, id, TrainingState::exists, "Die Schulung", "Training")
                : Uni.createFrom().voidItem();
        return check.chain(ignored -> store.handle(WorkgroupStore.TRAINING, id, command, metadata))
                .map(h -> Http.toResponse(Http.created(id), "/api/trainings/" + id));
    }
}
