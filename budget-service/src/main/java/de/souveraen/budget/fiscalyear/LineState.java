package de.souveraen.budget.fiscalyear;

import java.math.BigDecimal;

/**
 * One line of the year: appropriated (Ansatz as adopted), adjusted (fortgeschriebener Ansatz), committed (open
 * part of commitments), spent (Ist), the over-plan/unplanned part approved under § 83 GO NRW (included in
 * adjusted), the net of transfers within coverages (received − given, § 21 KomHVO NRW; included in adjusted),
 * whether the line is frozen, and its NKF classification (Produkt, Sachkonto; null until classified).
 */
public record LineState(String code, String title, BigDecimal appropriated, BigDecimal adjusted,
        BigDecimal committed, BigDecimal spent, BigDecimal overPlan, BigDecimal transferred, boolean frozen,
        String produkt, String sachkonto) {

    /** A line not (yet) classified. */
    public LineState(String code, String title, BigDecimal appropriated, BigDecimal adjusted, BigDecimal committed,
            BigDecimal spent, BigDecimal overPlan, BigDecimal transferred, boolean frozen) {
        this(code, title, appropriated, adjusted, committed, spent, overPlan, transferred, frozen, null, null);
    }

    /** adjusted − committed − spent. */
    public BigDecimal available() {
        return adjusted.subtract(committed).subtract(spent);
    }

    public LineState adjustBy(BigDecimal amount) {
        return new LineState(code, title, appropriated, adjusted.add(amount), committed, spent, overPlan, transferred,
                frozen, produkt, sachkonto);
    }

    /** Adds an approved over-plan part: it raises both the adjusted appropriation and the over-plan sum. */
    public LineState overPlanBy(BigDecimal amount) {
        return new LineState(code, title, appropriated, adjusted.add(amount), committed, spent, overPlan.add(amount),
                transferred, frozen, produkt, sachkonto);
    }

    /** Receives (positive) or gives (negative) funds within a coverage: it changes adjusted and transferred. */
    public LineState transferBy(BigDecimal amount) {
        return new LineState(code, title, appropriated, adjusted.add(amount), committed, spent, overPlan,
                transferred.add(amount), frozen, produkt, sachkonto);
    }

    public LineState commitBy(BigDecimal amount) {
        return new LineState(code, title, appropriated, adjusted, committed.add(amount), spent, overPlan, transferred,
                frozen, produkt, sachkonto);
    }

    public LineState spendBy(BigDecimal amount) {
        return new LineState(code, title, appropriated, adjusted, committed, spent.add(amount), overPlan, transferred,
                frozen, produkt, sachkonto);
    }

    public LineState frozen(boolean value) {
        return new LineState(code, title, appropriated, adjusted, committed, spent, overPlan, transferred, value,
                produkt, sachkonto);
    }

    public LineState classified(String newProdukt, String newSachkonto) {
        return new LineState(code, title, appropriated, adjusted, committed, spent, overPlan, transferred, frozen,
                newProdukt, newSachkonto);
    }
}
