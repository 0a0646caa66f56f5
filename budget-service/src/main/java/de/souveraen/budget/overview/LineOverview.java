package de.souveraen.budget.overview;

import java.math.BigDecimal;

/**
 * One line of {@code GET /api/budgets/{year}}: appropriated (Ansatz), adjusted (fortgeschriebener Ansatz),
 * committed (open part of the commitments), spent (Ist), available (adjusted − committed − spent); plus the part
 * of adjusted approved over-plan or unplanned (§ 83 GO NRW), the net of transfers within coverages (received −
 * given, § 21 KomHVO NRW; also part of adjusted), whether the line is frozen (§ 81 GO NRW / § 25 KomHVO NRW),
 * and its NKF classification: {@code produkt} (NRW Produktrahmen) and {@code sachkonto} (NRW Kontierungsplan),
 * null while the line is not classified.
 */
public record LineOverview(String code, String title, BigDecimal appropriated, BigDecimal adjusted,
        BigDecimal committed, BigDecimal spent, BigDecimal available, BigDecimal overPlan, BigDecimal transferred,
        boolean frozen, String produkt, String sachkonto) {
}
