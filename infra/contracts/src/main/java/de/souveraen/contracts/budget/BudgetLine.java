package de.souveraen.contracts.budget;

import java.math.BigDecimal;

/** A line (Haushaltsposition) as adopted: its code, title and appropriation (Ansatz). */
public record BudgetLine(String code, String title, BigDecimal amount) {
}
