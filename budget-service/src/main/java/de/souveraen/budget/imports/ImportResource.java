package de.souveraen.budget.imports;

import static de.souveraen.budget.fiscalyear.BudgetDecider.AGGREGATE;

import de.souveraen.budget.fiscalyear.BudgetCommand.ImportBookings;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.budget.imports.Imports.RowResult;
import de.souveraen.budget.imports.Imports.Status;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.web.RequestMetadata;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@code POST /api/budgets/{year}/imports} (text/csv): actual bookings (Ist) from the finance software's export.
 * {@code ?dryRun=true} answers per row what would be booked and every problem, booking nothing; without it the
 * rows are booked in one append (one transaction) or, when any row is bad, nothing at all (422
 * {@code import-has-errors} naming every bad row and column). A voucher number already booked in the year is
 * skipped ({@code ALREADY_BOOKED}), so importing the same file again books nothing.
 */
@Path("/api/budgets/{year}/imports")
@RolesAllowed("administration")
public class ImportResource {
    /** The answer: counts, the sum booked (or to be booked) and every row with its status and problems. */
    public record ImportAnswer(int fiscalYear, boolean dryRun, String encoding, int rows, long booked,
            long alreadyBooked, long errors, BigDecimal total, boolean importable, List<RowResult> results) {
    }

    private final AggregateStore store;
    private final RequestMetadata request;

    ImportResource(AggregateStore store, RequestMetadata request) {
        this.store = store;
        this.request = request;
    }

    @POST
    @Consumes({"text/csv", "application/csv", MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @io.smallrye.common.annotation.Blocking // parsing up to 2 MiB is work for a worker, not the event loop
    public Uni<ImportAnswer> importBookings(@PathParam("year") int year, byte[] file,
            @QueryParam("dryRun") boolean dryRun) {
        BookingsCsv.Read read = BookingsCsv.read(file, UUID::randomUUID);
        ImportBookings command = new ImportBookings(year, read.rows());
        if (dryRun) {
            return store.existing(AGGREGATE, year, BudgetState::adopted, () -> BudgetRules.notAdopted(year))
                    .map(versioned -> answer(year, true, read.encoding(), Imports.plan(command, versioned.state())
                            .rows()));
        }
        return store.handle(AGGREGATE, year, command, request.metadata()).map(handled -> {
            Set<UUID> booked = handled.events().stream().filter(ExpenseBooked.class::isInstance)
                    .map(e -> ((ExpenseBooked) e).expenseId()).collect(Collectors.toSet());
            List<RowResult> results = read.rows().stream().map(row -> {
                // the plan against the state before this append, re-derived from what was appended
                return booked.contains(row.expenseId()) ? rowOf(row, Status.BOOK, handled.events())
                        : rowOf(row, Status.ALREADY_BOOKED, handled.events());
            }).toList();
            return answer(year, false, read.encoding(), results);
        });
    }

    private static RowResult rowOf(de.souveraen.budget.fiscalyear.BudgetCommand.ImportRow row, Status status,
            List<?> events) {
        for (Object event : events) {
            if (event instanceof ExpenseBooked e && e.expenseId().equals(row.expenseId())) {
                return new RowResult(row.line(), e.invoiceRef(), e.lineCode(), e.bookedOn(), e.amount(), e.vendor(),
                        e.description(), status, List.of());
            }
        }
        return new RowResult(row.line(), row.voucher() == null ? null : row.voucher().strip(), row.lineCode(),
                de.souveraen.eventstore.text.German.parseDate(row.bookedOn()),
                de.souveraen.eventstore.text.German.parseAmount(row.amount()),
                row.vendor() == null ? null : row.vendor().strip(), row.purpose(), status, List.of());
    }

    private static ImportAnswer answer(int year, boolean dryRun, String encoding, List<RowResult> results) {
        long book = results.stream().filter(r -> r.status() == Status.BOOK).count();
        long already = results.stream().filter(r -> r.status() == Status.ALREADY_BOOKED).count();
        long errors = results.stream().filter(r -> r.status() == Status.ERROR).count();
        BigDecimal total = results.stream().filter(r -> r.status() == Status.BOOK).map(RowResult::amount)
                .reduce(Funds.ZERO, BigDecimal::add);
        return new ImportAnswer(year, dryRun, encoding, results.size(), book, already, errors, total, errors == 0,
                results);
    }
}
