package de.souveraen.budget.expense;

import java.util.Locale;

/**
 * Invoice references are unique per fiscal year regardless of case and spacing: {@code "re 2026-17"} and
 * {@code "RE  2026-17"} are the same invoice. The reference is stored as entered (stripped).
 */
public final class InvoiceRefs {
    private InvoiceRefs() {
    }

    public static String key(String invoiceRef) {
        return invoiceRef.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
