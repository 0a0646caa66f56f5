package de.souveraen.workgroup.proposal;

import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Writes;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.workgroup.proposal.ProposalCommand.ReviseProposal;
import de.souveraen.workgroup.proposal.ProposalCommand.SubmitProposal;
import de.souveraen.workgroup.proposal.ProposalCommand.Withdraw;
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
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;

/** Proposals (Vorlagen) the working group deliberates on. */
@Path("/api/proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProposalResource {
    public record ProposalRequest(String reference, String title, String text, String submitter,
            UUID submitterMemberId, List<UUID> dependencyIds, LocalDate submittedOn) {
    }

    public record RevisionRequest(String title, String text, List<UUID> dependencyIds, LocalDate revisedOn) {
    }

    public record WithdrawalRequest(String reason, LocalDate withdrawnOn) {
    }

    private final AggregateStore store;
    private final Writes writes;

    ProposalResource(AggregateStore store, Writes writes) {
        this.store = store;
        this.writes = writes;
    }

    @POST
    @RolesAllowed("workgroup")
    public Uni<Response> submit(ProposalRequest body) {
        ProposalRequest r = Http.body(body);
        UUID id = UUID.randomUUID();
        return writes.create(ProposalDecider.AGGREGATE, id, new SubmitProposal(id, r.reference(), r.title(), r.text(),
                r.submitter(), r.submitterMemberId(), r.dependencyIds(), Http.orToday(r.submittedOn(),
                        writes.metadata())), r, id, answered -> "/api/proposals/" + answered);
    }

    /** A new version of the proposal's title, text and dependencies (a PUT: {@code If-Match} required). */
    @PUT
    @Path("/{id}")
    @RolesAllowed("workgroup")
    public Uni<Response> revise(@PathParam("id") UUID id, RevisionRequest body) {
        RevisionRequest r = Http.body(body);
        return proposal(id).chain(ignored -> writes.replace(ProposalDecider.AGGREGATE, id, new ReviseProposal(id,
                r.title(), r.text(), r.dependencyIds(), Http.orToday(r.revisedOn(), writes.metadata())), r));
    }

    /** The submitter withdraws the proposal, with the reason. */
    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed("workgroup")
    public Uni<Response> withdraw(@PathParam("id") UUID id, WithdrawalRequest body) {
        WithdrawalRequest r = Http.body(body);
        return proposal(id).chain(ignored -> writes.change(ProposalDecider.AGGREGATE, id, new Withdraw(id,
                r.reason(), Http.orToday(r.withdrawnOn(), writes.metadata())), r));
    }

    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<ProposalState>> list() {
        return ProposalRow.all(store.tenant());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RestResponse<ProposalState>> get(@PathParam("id") UUID id) {
        return proposal(id).map(proposal -> Writes.tagged(proposal, state -> state));
    }

    private Uni<Versioned<ProposalState>> proposal(UUID id) {
        return store.existing(ProposalDecider.AGGREGATE, id, ProposalState::exists, () -> Rejection.notFound(
                "proposal-not-found", "Die Vorlage " + id + " gibt es nicht.", "Proposal " + id + " does not exist."));
    }
}
