package de.souveraen.workgroup.member;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.Person;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.store.Versioned;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.Writes;
import de.souveraen.workgroup.member.MemberCommand.AddMember;
import de.souveraen.workgroup.member.MemberCommand.ChangeAffiliation;
import de.souveraen.workgroup.member.MemberCommand.ChangeRole;
import de.souveraen.workgroup.member.MemberCommand.Leave;
import de.souveraen.workgroup.member.MemberCommand.UpdatePerson;
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

/** Members of the working group with their memberships over time. */
@Path("/api/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {
    public record MemberRequest(Person person, Affiliation affiliation, MemberRole role, Boolean votingRight,
            LocalDate from) {
    }

    public record LeaveRequest(LocalDate to, String reason) {
    }

    public record RoleRequest(MemberRole role, Boolean votingRight, LocalDate effectiveFrom) {
    }

    public record AffiliationRequest(Affiliation affiliation, LocalDate effectiveFrom) {
    }

    private final AggregateStore store;
    private final Writes writes;

    MemberResource(AggregateStore store, Writes writes) {
        this.store = store;
        this.writes = writes;
    }

    @POST
    @RolesAllowed("workgroup")
    public Uni<Response> add(MemberRequest body) {
        MemberRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        UUID id = UUID.randomUUID();
        return writes.create(MemberDecider.AGGREGATE, id, new AddMember(id, r.person(), r.affiliation(), r.role(),
                r.votingRight(), Http.orToday(r.from(), metadata)), r, id, answered -> "/api/members/" + answered);
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed("workgroup")
    public Uni<Response> leave(@PathParam("id") UUID id, LeaveRequest body) {
        LeaveRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        return member(id).chain(ignored -> writes.change(MemberDecider.AGGREGATE, id,
                new Leave(id, Http.orToday(r.to(), metadata), r.reason()), r));
    }

    /** A new role (and voting right) from a day on; the membership's history keeps the role before. */
    @POST
    @Path("/{id}/role")
    @RolesAllowed("workgroup")
    public Uni<Response> changeRole(@PathParam("id") UUID id, RoleRequest body) {
        RoleRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        return member(id).chain(ignored -> writes.change(MemberDecider.AGGREGATE, id,
                new ChangeRole(id, r.role(), r.votingRight(), Http.orToday(r.effectiveFrom(), metadata)), r));
    }

    /** Another faction (or the administration) from a day on; the history keeps the one before. */
    @POST
    @Path("/{id}/affiliation")
    @RolesAllowed("workgroup")
    public Uni<Response> changeAffiliation(@PathParam("id") UUID id, AffiliationRequest body) {
        AffiliationRequest r = Http.body(body);
        EventMetadata metadata = writes.metadata();
        return member(id).chain(ignored -> writes.change(MemberDecider.AGGREGATE, id,
                new ChangeAffiliation(id, r.affiliation(), Http.orToday(r.effectiveFrom(), metadata)), r));
    }

    /** Corrects the person's name or e-mail address (a PUT: {@code If-Match} required). */
    @PUT
    @Path("/{id}/person")
    @RolesAllowed("workgroup")
    public Uni<Response> updatePerson(@PathParam("id") UUID id, Person body) {
        Person person = Http.body(body);
        return member(id).chain(ignored -> writes.replace(MemberDecider.AGGREGATE, id, new UpdatePerson(id, person),
                person));
    }

    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<MemberState>> list() {
        return MemberRow.byName(store.tenant());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<RestResponse<MemberState>> get(@PathParam("id") UUID id) {
        return member(id).map(member -> Writes.tagged(member, state -> state));
    }

    private Uni<Versioned<MemberState>> member(UUID id) {
        return store.existing(MemberDecider.AGGREGATE, id, MemberState::exists, () -> Rejection.notFound(
                "member-not-found", "Das Mitglied " + id + " gibt es nicht.", "Member " + id + " does not exist."));
    }
}
