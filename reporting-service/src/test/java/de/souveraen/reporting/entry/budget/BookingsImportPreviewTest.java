package de.souveraen.reporting.entry.budget;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.text.German;
import de.souveraen.reporting.view.Lang;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The dry run's answer as the import page shows it: a German row per booking, amounts and dates German. */
class BookingsImportPreviewTest {
    private static final String FILE = java.util.Base64.getEncoder().encodeToString(
            "Buchungsdatum;Betrag\r\n".getBytes(StandardCharsets.UTF_8));

    private static JsonNode answer(String json) throws Exception {
        return Json.mapper().readTree(json);
    }

    @Test
    void a_clean_dry_run_previews_every_row_and_offers_to_book_all() throws Exception {
        var result = BookingsImportResource.preview(answer("""
                {"fiscalYear":2026,"dryRun":true,"encoding":"Windows-1252","rows":2,"booked":1,"alreadyBooked":1,
                 "errors":0,"total":1234.56,"importable":true,"results":[
                 {"line":2,"voucher":"B-1","lineCode":"ANALYSE","bookedOn":"2026-01-29","amount":1234.56,
                  "vendor":"Müller GmbH","status":"BOOK","problems":[]},
                 {"line":3,"voucher":"B-2","lineCode":"ANALYSE","bookedOn":"2026-02-03","amount":10.00,
                  "vendor":"X","status":"ALREADY_BOOKED","problems":[]}]}"""), FILE, Lang.DE);
        assertThat(result.importable()).isTrue();
        assertThat(result.content()).isEqualTo(FILE);
        assertThat(result.summary()).anySatisfy(s -> assertThat(s).contains("davon zu buchen: 1 über " + German.money(new BigDecimal("1234.56")),
                "schon gebucht (werden übersprungen): 1"));
        assertThat(result.table().rows().get(0)).containsExactly("2", "29.01.2026", "ANALYSE",
                German.money(new BigDecimal("1234.56")),
                "Müller GmbH", "B-1", "wird gebucht");
        assertThat(result.table().rows().get(1)).last().isEqualTo("schon gebucht");
    }

    @Test
    void a_dry_run_with_a_bad_row_names_its_column_and_offers_nothing_to_book() throws Exception {
        var result = BookingsImportResource.preview(answer("""
                {"fiscalYear":2026,"dryRun":true,"encoding":"UTF-8","rows":1,"booked":0,"alreadyBooked":0,
                 "errors":1,"total":0.00,"importable":false,"results":[
                 {"line":4,"voucher":"B-3","lineCode":"ANALYSE","bookedOn":null,"amount":null,"vendor":"X",
                  "status":"ERROR","problems":[{"column":"Betrag","value":"1.234.56","code":"invalid-number",
                  "messageDe":"„1.234.56“ ist kein Betrag; erwartet wird z. B. 1.234,56.","messageEn":"not"}]}]}"""),
                FILE, Lang.DE);
        assertThat(result.importable()).isFalse();
        assertThat(result.content()).isNull();
        assertThat(result.table().rows().get(0)).startsWith("4", "–").last().asString()
                .isEqualTo("Betrag: „1.234.56“ ist kein Betrag; erwartet wird z. B. 1.234,56.");
    }
}
