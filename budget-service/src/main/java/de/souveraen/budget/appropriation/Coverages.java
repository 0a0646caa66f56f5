package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand.DeclareCoverage;
import de.souveraen.budget.fiscalyear.BudgetCommand.TransferFunds;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.Coverage;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.budget.funds.Funds;
import de.souveraen.contracts.budget.CoverageDeclared;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.FundsTransferred;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Rejection;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Deckungsfähigkeit (§ 21 KomHVO NRW): lines declared deckungsfähig may reinforce one another during the year
 * without a supplementary budget. A transfer moves adjusted appropriation (fortgeschriebener Ansatz) from one line
 * to another; the year's total does not change. Mutual coverage: every line of the group may reinforce every
 * other. One-sided coverage: only the FIRST line of the group may be reinforced, from any of the others (the
 * others are the covering lines, "einseitig deckungsfähig zugunsten von …"). The giving line may give only what
 * it has available, and neither line may be frozen (§ 81 GO NRW).
 */
public final class Coverages {
    private Coverages() {
    }

    public static List<FiscalYearEvent> declare(DeclareCoverage c, BudgetState state) {
        UUID id = Check.id("coverageId", "Die Kennung des Deckungsvermerks", c.coverageId());
        List<String> codes = Check.present("lineCodes", "Die Liste der Positionen", c.lineCodes());
        if (codes.size() < 2) {
            throw Check.invalid("too-few-lines", "lineCodes",
                    "Ein Deckungsvermerk braucht mindestens zwei Haushaltspositionen.",
                    "A coverage needs at least two budget lines.");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "lineCodes[" + i + "]";
            String code = BudgetRules.lineToBook(state, field, codes.get(i)).code();
            if (lines.contains(code)) {
                throw Check.invalid("duplicate-line", field, "Die Position " + code + " ist doppelt genannt.",
                        "Line " + code + " is listed twice.");
            }
            lines.add(code);
        }
        boolean mutual = Check.present("mutual", "Die Angabe, ob die Deckung gegenseitig ist,", c.mutual());
        String reference = Check.text("reference", "Die Fundstelle des Deckungsvermerks", c.reference(), 100);
        BudgetRules.dateInYear("declaredOn", "Das Datum des Deckungsvermerks", c.declaredOn(), state.fiscalYear());
        if (state.coverages().containsKey(id)) {
            throw Rejection.conflict("coverage-exists", "coverageId", "Dieser Deckungsvermerk ist bereits erfasst.",
                    "This coverage is already recorded.");
        }
        return List.of(new CoverageDeclared(state.fiscalYear(), id, lines, mutual, reference, c.declaredOn()));
    }

    public static List<FiscalYearEvent> transfer(TransferFunds c, BudgetState state) {
        UUID id = Check.id("transferId", "Die Kennung der Umschichtung", c.transferId());
        LineState from = BudgetRules.lineToBook(state, "fromLine", c.fromLine());
        LineState to = BudgetRules.lineToBook(state, "toLine", c.toLine());
        if (from.code().equals(to.code())) {
            throw Check.invalid("same-line", "toLine", "Abgebende und empfangende Position müssen verschieden sein.",
                    "toLine must differ from fromLine.");
        }
        BigDecimal amount = Check.positive("amount", "Der Betrag", c.amount());
        String reference = Check.text("reference", "Die Fundstelle der Umschichtung", c.reference(), 100);
        String reason = Check.optionalText("reason", "Die Begründung", c.reason(), 1000);
        BudgetRules.dateInYear("transferredOn", "Das Datum der Umschichtung", c.transferredOn(), state.fiscalYear());
        UUID coverage = coverage(state, from.code(), to.code());
        BudgetRules.requireNotFrozen(from, "fromLine");
        BudgetRules.requireNotFrozen(to, "toLine");
        if (amount.compareTo(from.available()) > 0) {
            throw Funds.insufficient(from, amount);
        }
        return List.of(new FundsTransferred(state.fiscalYear(), id, coverage, from.code(), to.code(), amount,
                reference, reason, c.transferredOn(), from.adjusted().subtract(amount), to.adjusted().add(amount)));
    }

    /** The coverage that allows moving funds from {@code from} to {@code to}, or a 422 naming the line. */
    private static UUID coverage(BudgetState state, String from, String to) {
        AtomicReference<UUID> allowing = new AtomicReference<>();
        AtomicReference<Coverage> oneSided = new AtomicReference<>();
        state.coverages().forEach((id, coverage) -> {
            if (coverage.allows(from, to)) {
                allowing.compareAndSet(null, id);
            } else if (coverage.contains(from) && coverage.contains(to)) {
                oneSided.compareAndSet(null, coverage);
            }
        });
        if (allowing.get() != null) {
            return allowing.get();
        }
        if (oneSided.get() != null) {
            String reinforced = oneSided.get().lineCodes().get(0);
            throw Check.invalid("coverage-one-sided", "toLine",
                    "Die Deckung ist einseitig: nur die Position " + reinforced + " darf verstärkt werden, nicht "
                            + to + ".",
                    "The coverage is one-sided: only line " + reinforced + " may be reinforced, not " + to + ".");
        }
        throw Check.invalid("no-coverage", "fromLine",
                "Für die Positionen " + from + " und " + to + " ist keine Deckungsfähigkeit erklärt (§ 21 KomHVO NRW).",
                "No coverage is declared that lets line " + from + " reinforce line " + to + ".");
    }

    public static BudgetState declared(BudgetState state, CoverageDeclared e) {
        return state.withCoverage(e.coverageId(), new Coverage(e.lineCodes(), e.mutual()));
    }

    public static BudgetState transferred(BudgetState state, FundsTransferred e) {
        return state.updateLine(e.fromLine(), line -> line.transferBy(e.amount().negate()))
                .updateLine(e.toLine(), line -> line.transferBy(e.amount()));
    }
}
