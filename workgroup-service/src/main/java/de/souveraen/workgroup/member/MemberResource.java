package de.souveraen.workgroup.api;

import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.MemberRole;
import de.souveraen.contracts.workgroup.Person;
import de.souveraen.eventstore.idempotency.IdempotencyKey;
import de.souveraen.eventstore.web.Http;
import de.souveraen.eventstore.web.RequestMetadata;
import de.souveraen.workgroup.member.MemberCommand.AddMember;
import de.souveraen.workgroup.member.MemberCommand.Leave;
import de.souveraen.workgroup.member.MemberState;
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
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

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

    private final WorkgroupStore store;
    private final RequestMetadata request;

    MemberResource(WorkgroupStore store, RequestMetadata request) {
        this.store = store;
        this.request = request;
    }

    @POST
    @RolesAllowed("workgroup")
    public Uni<Response> add(MemberRequest body, @HeaderParam(Http.IDEMPOTENCY_KEY) String key) {
        MemberRequest r = Http.body(body);
        IdempotencyKey once = Http.idempotencyKey(key, "workgroup:members", r);
        EventMetadata metadata = request.metadata();
        UUID id = UUID.randomUUID();
        return store.handle(WorkgroupStore.MEMBER, id, new AddMember(id, r.person(), r.affiliation(), r.role(),
                r.votingRight(), Http.orToday(r.from(), metadata)), metadata, once, h -> Http.created(id))
                .map(outcome -> Http.created(outcome, answered -> "/api/members/" + answered));
    }

    @POST
    @Path("/{id}/leave")
    @RolesAllowed("workgroup")
    public Uni<Response> leave(@PathParam("id") UUID id, LeaveRequest body) {
        LeaveRequest r = Http.body(body);
        EventMetadata metadata = request.metadata();
        return store.existing(WorkgroupStore.MEMBER, id, MemberState::exists, "Das Mitglied", "Member")
                .chain(ignored -> store.handle(WorkgroupStore.MEMBER, id,
                        new Leave(id, Http.orToday(r.to(), metadata), r.reason()), metadata))
                .map(h -> Http.toResponse(Http.created(id), "/api/members/" + id));
    }

    @GET
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<List<MemberState>> list() {
        return store.all(WorkgroupStore.MEMBER).map(all -> all.stream().filter(MemberState::exists)
                .sorted(Comparator.comparing((MemberState m) -> m.person().familyName())
                        .thenComparing(m -> m.person().givenName()))
                .toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({"administration", "workgroup", "council"})
    public Uni<MemberState> get(@PathParam("id") UUID id) {
        return store.existing(WorkgroupStore.MEMBER, id, MemberState::exists, "Das Mitglied", "Member");
    }
}
