package de.souveraen.budget.ledger;

import static de.souveraen.budget.fiscalyear.BudgetDecider.AGGREGATE;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.overview.AdoptedYear;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.web.Page;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The read side of a fiscal year: bookings, commitments, the audit trail, and the exports. Any signed-in role. */
@Path("/api/budgets/{year}")
@RolesAllowed({"administration", "workgroup", "council"})
public class LedgerResource {
    private final AggregateStore store;

    LedgerResource(AggregateStore store) {
        this.store = store;
    }

    /** A page of the year's journal, filtered and paged by the database on the municipality's table. */
    @GET
    @Path("/bookings")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<Page<Ledger.Booking>> bookings(@PathParam("year") int year, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("lineCode") String lineCode,
            @QueryParam("vendor") String vendor, @QueryParam("from") LocalDate from, @QueryParam("to") LocalDate to,
            @QueryParam("kind") Ledger.BookingKind kind) {
        String tenant = store.tenant();
        return adopted(tenant, year).chain(() -> BookingRow.page(tenant, year,
                new BookingRow.Filter(lineCode, vendor, from, to, kind), Page.request(page, size)));
    }

    /**
     * A page of the year's commitments register, filtered and paged by the database on the municipality's table; a
     * year whose table rows lag behind its stream (written before the table existed and not rebuilt since) is read
     * from its events.
     */
    @GET
    @Path("/commitments")
    @Produces(MediaType.APPLICATION_JSON)
    @WithSession
    public Uni<Page<Ledger.CommitmentRow>> commitments(@PathParam("year") int year, @QueryParam("page") Integer page,
            @QueryParam("size") Integer size, @QueryParam("lineCode") String lineCode,
            @QueryParam("status") Ledger.CommitmentStatus status) {
        String tenant = store.tenant();
        Page.Request request = Page.request(page, size);
        return JournalYear.of(tenant, year).chain(known -> {
            if (known == null) {
                return Uni.createFrom().failure(BudgetRules.notAdopted(year));
            }
            if (known.commitmentsVersion >= known.version) {
                return CommitmentEntry.page(tenant, year, lineCode, status, request);
            }
            return ledger(year).map(ledger -> Page.of(ledger.commitments().stream()
                    .filter(c -> lineCode == null || lineCode.equals(c.lineCode()))
                    .filter(c -> status == null || status == c.status())
                    .toList(), page, size));
        });
    }

    /** Who changed a booking or commitment when, and how: every event that touched it. */
    @GET
    @Path("/audit/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<List<Ledger.AuditEntry>> audit(@PathParam("year") int year, @PathParam("id") UUID id) {
        return ledger(year).map(ledger -> {
            List<Ledger.AuditEntry> trail = ledger.audit(id, store.registry());
            if (trail.isEmpty()) {
                throw Rejection.notFound("booking-not-found", "Keine Buchung oder Mittelbindung " + id + " in " + year
                        + ".", "No booking or commitment " + id + " in " + year + ".");
            }
            return trail;
        });
    }

    @GET
    @Path("/bookings.csv")
    @Produces("text/csv")
    @WithSession
    public Uni<Response> bookingsCsv(@PathParam("year") int year) {
        String tenant = store.tenant();
        return adopted(tenant, year).chain(() -> BookingRow.all(tenant, year))
                .map(bookings -> Response.ok(LedgerExports.bookingsCsv(bookings))
                .type("text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"buchungen-" + year + ".csv\"").build());
    }

    @GET
    @Path("/fiscal-data-package/datapackage.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<ObjectNode> dataPackage(@PathParam("year") int year) {
        return overview(year).map(overview -> LedgerExports.dataPackage(overview, store.tenant()));
    }

    @GET
    @Path("/fiscal-data-package/budget.csv")
    @Produces("text/csv")
    public Uni<Response> fiscalDataCsv(@PathParam("year") int year) {
        return overview(year).map(overview -> Response.ok(LedgerExports.fiscalDataCsv(overview))
                .type("text/csv; charset=UTF-8").build());
    }

    /** Fails with 404 when the municipality has no events for the year (it was never adopted). */
    private static Uni<Void> adopted(String tenant, int year) {
        return JournalYear.exists(tenant, year).invoke(exists -> {
            if (!exists) {
                throw BudgetRules.notAdopted(year);
            }
        }).replaceWithVoid();
    }

    private Uni<Ledger> ledger(int year) {
        return store.events(AGGREGATE, year).map(events -> {
            if (events.isEmpty()) {
                throw BudgetRules.notAdopted(year);
            }
            return Ledger.of(events, store.registry());
        });
    }

    private Uni<BudgetOverview> overview(int year) {
        return AdoptedYear.overview(store, year);
    }
}
