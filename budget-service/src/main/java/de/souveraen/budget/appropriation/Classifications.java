package de.souveraen.budget.appropriation;

import de.souveraen.budget.fiscalyear.BudgetCommand.ClassifyLine;
import de.souveraen.budget.fiscalyear.BudgetRules;
import de.souveraen.budget.fiscalyear.BudgetState;
import de.souveraen.budget.fiscalyear.LineState;
import de.souveraen.contracts.budget.FiscalYearEvent;
import de.souveraen.contracts.budget.LineClassified;
import de.souveraen.eventstore.domain.Check;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The NKF classification of a line (Neues Kommunales Finanzmanagement, NRW): the Produkt after the NRW
 * Produktrahmen and the Sachkonto after the NRW Kontierungsplan. The rules are deliberately simple and written
 * down in ADR 0023:
 * <ul>
 * <li>Produkt: {@code BB.GG.PP} — Produktbereich 01 to 17 (the 17 Produktbereiche of the NRW Produktrahmen),
 * Produktgruppe and Produkt two digits each — optionally followed by one local level of 1 to 4 digits
 * ({@code 01.11.03.02}).</li>
 * <li>Sachkonto: six digits; its first digit is the Kontenklasse, which must suit a line that spends money:
 * 0 (immaterielle Vermögensgegenstände und Sachanlagen, capitalised investments), 5 (Aufwendungen, Ergebnisplan,
 * e.g. {@code 542900}) or 7 (Auszahlungen, Finanzplan, e.g. {@code 783100}). Classes 1–4, 6, 8 and 9 (Finanzanlagen
 * and Umlaufvermögen, Eigenkapital and Passiva, Erträge, Einzahlungen, closing and cost accounting) are refused.</li>
 * </ul>
 */
public final class Classifications {
    public static final Pattern PRODUKT = Pattern.compile("^(0[1-9]|1[0-7])\\.\\d{2}\\.\\d{2}(\\.\\d{1,4})?$");
    public static final Pattern SACHKONTO = Pattern.compile("^\\d{6}$");
    /** Kontenklassen a spending line may be booked on. */
    public static final String EXPENSE_CLASSES = "057";

    private Classifications() {
    }

    public static List<FiscalYearEvent> classify(ClassifyLine c, BudgetState state) {
        int year = state.fiscalYear();
        LineState line = BudgetRules.lineToChange(state, c.lineCode());
        String produkt = produkt("produkt", c.produkt());
        String sachkonto = sachkonto("sachkonto", c.sachkonto());
        String reference = Check.optionalText("reference", "Die Fundstelle", c.reference(), 100);
        BudgetRules.dateInYears("classifiedOn", "Das Datum der Zuordnung", c.classifiedOn(), year - 1, year);
        if (produkt.equals(line.produkt()) && sachkonto.equals(line.sachkonto())) {
            return List.of();
        }
        return List.of(new LineClassified(year, line.code(), produkt, sachkonto, reference, c.classifiedOn()));
    }

    /**
     * The classification given with a line ({@code at} is its field prefix, e.g. {@code lines[0]}): null when
     * neither part is given, otherwise both parts checked (one without the other names the missing one).
     */
    public static String[] optional(String at, String produkt, String sachkonto) {
        boolean hasProdukt = produkt != null && !produkt.isBlank();
        boolean hasKonto = sachkonto != null && !sachkonto.isBlank();
        if (!hasProdukt && !hasKonto) {
            return null;
        }
        return new String[] {produkt(at + "produkt", produkt), sachkonto(at + "sachkonto", sachkonto)};
    }

    public static String produkt(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Check.missing(field, "Das Produkt");
        }
        String produkt = value.strip();
        if (!PRODUKT.matcher(produkt).matches()) {
            throw Check.invalid("invalid-produkt", field,
                    "Das Produkt muss nach dem NRW-Produktrahmen als Produktbereich (01 bis 17), Produktgruppe und "
                            + "Produkt mit je zwei Ziffern angegeben werden, z. B. 01.11.03.",
                    field + " must follow the NRW Produktrahmen: Produktbereich (01 to 17), Produktgruppe and "
                            + "Produkt of two digits each, e.g. 01.11.03.")
                    .with("value", produkt);
        }
        return produkt;
    }

    public static String sachkonto(String field, String value) {
        if (value == null || value.isBlank()) {
            throw Check.missing(field, "Das Sachkonto");
        }
        String konto = value.strip();
        if (!SACHKONTO.matcher(konto).matches()) {
            throw Check.invalid("invalid-sachkonto", field,
                    "Das Sachkonto muss aus sechs Ziffern bestehen (NRW-Kontierungsplan), z. B. 542900.",
                    field + " must be six digits (NRW Kontierungsplan), e.g. 542900.").with("value", konto);
        }
        if (EXPENSE_CLASSES.indexOf(konto.charAt(0)) < 0) {
            throw Check.invalid("sachkonto-class", field,
                    "Das Sachkonto " + konto + " gehört zur Kontenklasse " + konto.charAt(0)
                            + "; eine Haushaltsposition für Ausgaben braucht ein Konto der Klasse 0 (Anlagevermögen),"
                            + " 5 (Aufwendungen) oder 7 (Auszahlungen).",
                    "Account " + konto + " is in account class " + konto.charAt(0) + "; a spending line needs an "
                            + "account of class 0 (fixed assets), 5 (expenses) or 7 (payments).")
                    .with("kontenklasse", String.valueOf(konto.charAt(0)));
        }
        return konto;
    }

    public static BudgetState classified(BudgetState state, LineClassified e) {
        return state.updateLine(e.lineCode(), line -> line.classified(e.produkt(), e.sachkonto()));
    }

    /** The lines classified with {@code sachkonto}, for imports that name the account instead of the line. */
    public static List<LineState> linesWithAccount(BudgetState state, String sachkonto) {
        return state.lines().values().stream().filter(l -> sachkonto.equals(l.sachkonto())).toList();
    }
}
