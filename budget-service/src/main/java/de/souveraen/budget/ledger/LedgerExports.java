package de.souveraen.budget.ledger;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.budget.overview.BudgetOverview;
import de.souveraen.budget.overview.LineOverview;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.text.GermanCsv;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The year's figures as files: the bookings journal for German spreadsheets, and a Fiscal Data Package
 * (datapackage.json + budget.csv) with the phases approved, adjusted and executed for open-data portals.
 */
public final class LedgerExports {
    private LedgerExports() {
    }

    /** Buchungsjournal: one row per expense and per reversal (negative), German CSV conventions. */
    public static byte[] bookingsCsv(List<Ledger.Booking> bookings) {
        GermanCsv csv = new GermanCsv().row("Buchungs-ID", "Art", "Haushaltsposition", "Betrag (EUR)", "Buchungsdatum",
                "Lieferant", "Beschreibung", "Rechnungsnummer", "Mittelbindung", "Überplanmäßig genehmigt (Az.)",
                "Storniert durch", "Storno-Grund", "Erfasst von", "Erfasst am (UTC)");
        for (Ledger.Booking b : bookings) {
            csv.row(b.id().toString(), b.kind() == Ledger.BookingKind.EXPENSE ? "Ausgabe" : "Storno", b.lineCode(),
                    b.amount(), b.bookedOn(), b.vendor(), b.description(), b.invoiceRef(),
                    b.commitmentId() == null ? null : b.commitmentId().toString(), b.overPlanApprovalReference(),
                    b.reversedBy() == null ? null : b.reversedBy().toString(), b.reason(), b.recordedBy(),
                    b.recordedAt() == null ? null : b.recordedAt().toString());
        }
        return csv.bytes();
    }

    /** The Fiscal Data Package's data: plain RFC 4180 CSV with decimal points, as open-data tools read it. */
    public static byte[] fiscalDataCsv(BudgetOverview overview) {
        StringBuilder out = new StringBuilder(
                "fiscalYear,lineCode,lineTitle,produkt,sachkonto,approved,adjusted,committed,executed\r\n");
        for (LineOverview line : overview.lines()) {
            out.append(overview.fiscalYear()).append(',').append(csvText(line.code())).append(',')
                    .append(csvText(line.title())).append(',').append(csvText(line.produkt())).append(',')
                    .append(csvText(line.sachkonto())).append(',').append(plain(line.appropriated())).append(',')
                    .append(plain(line.adjusted())).append(',').append(plain(line.committed())).append(',')
                    .append(plain(line.spent())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** datapackage.json after the Fiscal Data Package specification (profile fiscal-data-package, v1). */
    public static ObjectNode dataPackage(BudgetOverview overview, String municipality) {
        int year = overview.fiscalYear();
        ObjectNode pkg = Json.mapper().createObjectNode();
        pkg.put("profile", "fiscal-data-package");
        pkg.put("name", "souveraen-" + municipality + "-budget-" + year);
        pkg.put("title", overview.title());
        pkg.put("description", "Haushaltsmittel des Programms Digitale Souveränität " + year + " (Ansatz, "
                + "fortgeschriebener Ansatz, Ist). Beschluss: " + overview.resolution());
        pkg.put("countryCode", "DE");
        pkg.put("granularity", "aggregated");
        ObjectNode period = pkg.putObject("fiscalPeriod");
        period.put("start", year + "-01-01");
        period.put("end", year + "-12-31");
        ArrayNode licenses = pkg.putArray("licenses");
        ObjectNode license = licenses.addObject();
        license.put("name", "dl-de/by-2-0");
        license.put("path", "https://www.govdata.de/dl-de/by-2-0");
        license.put("title", "Datenlizenz Deutschland – Namensnennung – Version 2.0");
        ObjectNode resource = pkg.putArray("resources").addObject();
        resource.put("name", "budget");
        resource.put("path", "budget.csv");
        resource.put("profile", "tabular-data-resource");
        resource.put("format", "csv");
        resource.put("mediatype", "text/csv");
        resource.put("encoding", "utf-8");
        ArrayNode fields = resource.putObject("schema").putArray("fields");
        field(fields, "fiscalYear", "integer", "date:fiscal-year", null);
        field(fields, "lineCode", "string", "administrative-classification:generic:level1:code", null);
        field(fields, "lineTitle", "string", "administrative-classification:generic:level1:label", null);
        // the FDP's classifications: functional = what for (NKF Produkt), economic = how (NKF Sachkonto)
        field(fields, "produkt", "string", "functional-classification:generic:code", null)
                .put("title", "Produkt (NRW-Produktrahmen)");
        field(fields, "sachkonto", "string", "economic-classification:generic:code", null)
                .put("title", "Sachkonto (NRW-Kontierungsplan)");
        field(fields, "approved", "number", "value", "approved");
        field(fields, "adjusted", "number", "value", "adjusted");
        field(fields, "committed", "number", "value", null).put("title", "committed (Mittelbindung, open part)");
        field(fields, "executed", "number", "value", "executed");
        return pkg;
    }

    private static ObjectNode field(ArrayNode fields, String name, String type, String columnType, String phase) {
        ObjectNode field = fields.addObject();
        field.put("name", name);
        field.put("type", type);
        field.put("columnType", columnType);
        if ("number".equals(type)) {
            field.put("decimalChar", ".");
            field.put("currency", "EUR");
            field.put("direction", "expenditure");
        }
        if (phase != null) {
            field.put("phase", phase);
        }
        return field;
    }

    private static String plain(BigDecimal amount) {
        return amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    private static String csvText(String text) {
        String value = text == null ? "" : GermanCsv.neutralise(text);
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
