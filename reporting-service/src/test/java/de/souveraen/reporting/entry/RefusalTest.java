package de.souveraen.reporting.entry;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RefusalTest {
    private static final Set<String> FIELDS = Set.of("amount", "vendor");

    private static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void the_german_text_goes_next_to_the_field_the_problem_names() throws Exception {
        Refusal refusal = Refusal.of(json("""
                {"type":"urn:souveraen:problem:insufficient-funds","status":409,"code":"insufficient-funds",
                 "detail":"Nur 5,00 € verfügbar. / Only 5.00 EUR available.","field":"amount",
                 "texts":{"de":"Nur 5,00 € verfügbar.","en":"Only 5.00 EUR available."}}"""),
                f -> FIELDS.contains(f) ? f : null);
        assertThat(refusal.byField()).containsExactly(Map.entry("amount", "Nur 5,00 € verfügbar."));
        assertThat(refusal.general()).isEmpty();
    }

    @Test
    void a_field_the_form_does_not_have_goes_to_the_summary() throws Exception {
        Refusal refusal = Refusal.of(json("""
                {"status":400,"code":"idempotency-key-malformed","field":"Idempotency-Key",
                 "detail":"Der Schlüssel ist ungültig. / The key is malformed."}"""), f -> FIELDS.contains(f) ? f : null);
        assertThat(refusal.byField()).isEmpty();
        assertThat(refusal.general()).extracting(Form.Message::message).containsExactly("Der Schlüssel ist ungültig.");
    }

    @Test
    void every_error_of_a_list_finds_its_field() throws Exception {
        Refusal refusal = Refusal.of(json("""
                {"status":400,"code":"validation-failed","detail":"x",
                 "errors":[{"field":"vendor","message":"Der Lieferant fehlt."},
                           {"field":"amount","message":"Der Betrag fehlt."}]}"""), f -> FIELDS.contains(f) ? f : null);
        assertThat(refusal.byField()).containsEntry("vendor", "Der Lieferant fehlt.")
                .containsEntry("amount", "Der Betrag fehlt.");

        Form form = new Form("/x", null, "Buchen", "/", "k", "t", List.of(
                new Form.Field("amount", "Betrag", null, "amount", "", null, true, null, null),
                new Form.Field("vendor", "Lieferant", null, "text", "", null, true, null, null)), List.of())
                .with(Map.of("amount", "12,345"), refusal.byField(), refusal.general());
        assertThat(form.summary()).extracting(Form.Message::field).containsExactly("amount", "vendor");
        assertThat(form.fields().get(0).value()).isEqualTo("12,345");
        assertThat(form.fields().get(0).describedBy()).isEqualTo("fehler-amount");
    }
}
