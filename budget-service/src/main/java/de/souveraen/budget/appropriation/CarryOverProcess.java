package de.souveraen.budget.appropriation;

import static de.souveraen.budget.fiscalyear.BudgetDecider.AGGREGATE;

import de.souveraen.budget.fiscalyear.BudgetCommand.ReceiveCarryOver;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.contracts.EventEnvelope;
import de.souveraen.contracts.EventMetadata;
import de.souveraen.contracts.budget.AppropriationCarriedOver;
import de.souveraen.contracts.budget.CarriedCommitment;
import de.souveraen.contracts.budget.CommitmentsCarriedOver;
import de.souveraen.contracts.budget.LineClassified;
import de.souveraen.eventstore.store.AggregateStore;
import de.souveraen.eventstore.web.Http;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The process manager of carry-overs: every {@code budget.AppropriationCarriedOver.v1} of year Y is received by
 * year Y+1 ({@code ReceiveCarryOver}) once Y+1 has an adopted budget. Receiving is idempotent in the domain (the same
 * carry-over again changes nothing), so this may run as often as wanted: after each carry-over and on request.
 */
@ApplicationScoped
public class CarryOverProcess {
    /** What a run booked: the ids received now and those still waiting for an adopted budget. */
    public record Receipt(int fiscalYear, List<UUID> received, List<UUID> waiting) {
    }

    private final AggregateStore store;

    CarryOverProcess(AggregateStore store) {
        this.store = store;
    }

    public Uni<Receipt> receiveInto(int year, EventMetadata metadata) {
        return Uni.combine().all().unis(store.events(AGGREGATE, year - 1), store.state(AGGREGATE, year)).asTuple().chain(both -> {
            List<AppropriationCarriedOver> outgoing = new ArrayList<>();
            Map<UUID, List<CarriedCommitment>> commitments = new HashMap<>();
            Map<String, LineClassified> classified = new HashMap<>();
            for (EventEnvelope envelope : both.getItem1()) {
                Object event = envelope.decode(store.registry());
                if (event instanceof AppropriationCarriedOver carried) {
                    outgoing.add(carried);
                } else if (event instanceof CommitmentsCarriedOver carried) {
                    commitments.put(carried.carryOverId(), carried.commitments());
                } else if (event instanceof LineClassified nkf) {
                    classified.put(nkf.lineCode(), nkf);
                }
            }
            BudgetState target = both.getItem2().state();
            List<AppropriationCarriedOver> pending = outgoing.stream()
                    .filter(c -> target.carryOvers().get(c.carryOverId()).isEmpty()).toList();
            if (!target.adopted()) {
                return Uni.createFrom().item(new Receipt(year, List.of(),
                        pending.stream().map(AppropriationCarriedOver::carryOverId).toList()));
            }
            LocalDate effectiveOn = within(year, Http.orToday(null, metadata));
            return Multi.createFrom().iterable(pending)
                    .onItem().transformToUniAndConcatenate(c -> {
                        LineClassified nkf = classified.get(c.lineCode());
                        return store.handle(AGGREGATE, year, new ReceiveCarryOver(year, c.carryOverId(), year - 1,
                                c.lineCode(), c.lineTitle(), c.amount(), c.reference(), effectiveOn,
                                commitments.get(c.carryOverId()), nkf == null ? null : nkf.produkt(),
                                nkf == null ? null : nkf.sachkonto()), metadata).replaceWith(c.carryOverId());
                    })
                    .collect().asList()
                    .map(received -> new Receipt(year, received, List.of()));
        });
    }

    private static LocalDate within(int year, LocalDate today) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        return today.isBefore(first) ? first : today.isAfter(last) ? last : today;
    }

}
