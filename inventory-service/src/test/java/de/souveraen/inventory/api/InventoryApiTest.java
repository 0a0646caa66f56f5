package de.souveraen.inventory.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

import de.souveraen.contracts.CloudEventHeaders;
import de.souveraen.contracts.Topics;
import de.souveraen.testing.KafkaTopicReader;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The inventory API against the real PostgreSQL and Kafka. Names are unique per test (the database is shared). */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class InventoryApiTest {
    private static final String ADMIN = TestTokens.administration();

    static String dependency(String name, String vendor, String country) {
        return "{\"name\":\"" + name + "\",\"vendor\":\"" + vendor + "\",\"vendorCountry\":\"" + country + "\","
                + "\"category\":\"OFFICE\",\"hosting\":\"NON_EU_CLOUD\",\"dataClassification\":\"PERSONAL\","
                + "\"users\":180,\"annualCost\":21600.00,\"criticality\":\"HIGH\","
                + "\"contract\":{\"start\":\"2024-01-01\",\"end\":\"2026-12-31\",\"noticePeriodMonths\":3,"
                + "\"renewal\":\"TACIT\",\"renewalPeriodMonths\":12}}";
    }

    static String register(String json) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(json).post("/api/dependencies")
                .then().statusCode(201).extract().path("id");
    }

    @Test
    void a_dependency_is_registered_with_cancel_by_and_jurisdiction_derived() {
        String id = register(dependency("Office Cloud A", "Mikrosoft Corp.", "US"));
        given().auth().oauth2(TestTokens.council()).get("/api/dependencies/" + id).then().statusCode(200)
                .body("name", equalTo("Office Cloud A"))
                .body("status", equalTo("IDENTIFIED"))
                .body("cancelBy", notNullValue())
                .body("decision", equalTo("CANCEL"))
                .body("decisionLabel", equalTo("Kündigen"))
                .body("jurisdiction.eu", equalTo(false))
                .body("jurisdiction.extraterritorialAccessLaw", equalTo(true))
                .body("annualCost", equalTo(21600.00f));
        given().auth().oauth2(TestTokens.workgroup()).get("/api/dependencies?q=office cloud a").then()
                .statusCode(200).body("items.id", hasItem(id));
    }

    @Test
    void a_contract_with_express_renewal_asks_to_renew_or_let_lapse_by_its_deadline() {
        String id = register(dependency("Fachverfahren Express", "Vendor GmbH", "DE")
                .replace("\"renewal\":\"TACIT\",\"renewalPeriodMonths\":12", "\"renewal\":\"EXPRESS\""));
        given().auth().oauth2(TestTokens.council()).get("/api/dependencies/" + id).then().statusCode(200)
                .body("cancelBy", equalTo("2026-09-30"))
                .body("termEnd", equalTo("2026-12-31"))
                .body("decision", equalTo("RENEW_OR_LAPSE"))
                .body("decisionLabel", equalTo("Verlängern oder auslaufen lassen"));
    }

    @Test
    void assessments_are_scored_kept_and_shown_as_the_latest() {
        String id = register(dependency("Mail Suite B", "Mailvendor Inc.", "US"));
        String scores = "{\"SOV1\":1,\"SOV2\":0,\"SOV3\":1,\"SOV4\":2,\"SOV5\":1,\"SOV6\":2,\"SOV7\":3,\"SOV8\":2}";
        for (String rationale : List.of("Erste Einschätzung", "Nach Vertragsprüfung")) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                    .body("{\"scores\":" + scores + ",\"rationale\":\"" + rationale + "\",\"exit\":{\"canExit\":true,"
                            + "\"estimatedMonths\":9,\"estimatedCost\":40000.00},\"assessedOn\":\"2026-03-01\"}")
                    .post("/api/dependencies/" + id + "/assessments").then().statusCode(201);
        }
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id + "/assessments").then().statusCode(200)
                .body("size()", equalTo(2)).body("[1].rationale", equalTo("Nach Vertragsprüfung"));
        Response view = given().auth().oauth2(ADMIN).get("/api/dependencies/" + id);
        view.then().statusCode(200).body("sealLevel", equalTo(0)).body("sds", notNullValue())
                .body("latestAssessment.rationale", equalTo("Nach Vertragsprüfung"));
        assertThat(view.jsonPath().getDouble("sovereigntyScore")).isBetween(0.0, 100.0);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"scores\":{\"SOV1\":5},\"rationale\":\"x\"}")
                .post("/api/dependencies/" + id + "/assessments").then().statusCode(org.hamcrest.Matchers.anyOf(
                        equalTo(400), equalTo(422))).contentType("application/problem+json");
    }

    @Test
    void a_preview_computes_score_seal_and_sds_and_stores_nothing() {
        String scores = "{\"SOV1\":3,\"SOV2\":3,\"SOV3\":3,\"SOV4\":3,\"SOV5\":3,\"SOV6\":3,\"SOV7\":3,\"SOV8\":3}";
        var preview = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"scores\":" + scores + "}")
                .post("/api/dependencies/assessments/preview").then().statusCode(200)
                .body("sealLevel", equalTo(3)).body("sds", equalTo(2))
                .body("sdsLabel", equalTo("Überwiegend souverän")).extract().jsonPath();
        assertThat(preview.getDouble("score")).isEqualTo(75.0);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"scores\":{\"SOV1\":3}}")
                .post("/api/dependencies/assessments/preview").then().statusCode(422)
                .contentType("application/problem+json");
        // the administration assesses; the others read the assessments
        given().auth().oauth2(de.souveraen.testing.TestTokens.council()).contentType(ContentType.JSON)
                .body("{\"scores\":" + scores + "}").post("/api/dependencies/assessments/preview").then()
                .statusCode(403);
    }

    @Test
    void migration_moves_forward_with_an_alternative_and_a_plan() {
        String id = register(dependency("Client OS C", "Windoze Inc.", "US"));
        String scores = "{\"SOV1\":1,\"SOV2\":1,\"SOV3\":1,\"SOV4\":1,\"SOV5\":1,\"SOV6\":1,\"SOV7\":1,\"SOV8\":1}";
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"scores\":" + scores + ",\"rationale\":\"Bewertet\",\"exit\":{\"canExit\":true,\"estimatedMonths\":6,\"estimatedCost\":5000.00}}")
                .post("/api/dependencies/" + id + "/assessments").then().statusCode(201);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"status\":\"ASSESSED\",\"note\":\"ok\"}")
                .post("/api/dependencies/" + id + "/status").then().statusCode(200);
        String alternative = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"name\":\"Linux-Client\",\"note\":\"Pilot in der Bibliothek\"}")
                .post("/api/dependencies/" + id + "/alternatives").then().statusCode(201).extract().path("id");
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"step\":\"PILOT\",\"targetQuarter\":\"2027-Q1\"}")
                .post("/api/dependencies/" + id + "/plan").then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id).then()
                .body("status", equalTo("ASSESSED"))
                .body("nextSteps", contains("ALTERNATIVE_SELECTED", "KEPT"))
                .body("alternatives[0].id", equalTo(alternative))
                .body("plan.PILOT", equalTo("2027-Q1"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"status\":\"MIGRATED\",\"note\":\"zu früh\"}")
                .post("/api/dependencies/" + id + "/status").then().statusCode(409)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id + "/history").then().statusCode(200)
                .body("type", contains("inventory.DependencyRegistered.v2", "inventory.DependencyAssessed.v1",
                        "inventory.MigrationStatusChanged.v1", "inventory.AlternativeProposed.v1",
                        "inventory.MigrationStepPlanned.v1"))
                .body("version", contains(1, 2, 3, 4, 5)).body("[0].actorSubject", notNullValue())
                .body("[2].change.to", equalTo("ASSESSED"));
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + UUID.randomUUID() + "/history").then()
                .statusCode(404);
        String target = register(dependency("Cloud D", "Cloudco", "US"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"relation\":\"RUNS_ON\",\"targetId\":\"" + target + "\"}")
                .post("/api/dependencies/" + id + "/relations").then().statusCode(200);
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"relation\":\"RUNS_ON\",\"targetId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/dependencies/" + id + "/relations").then().statusCode(422)
                .body("field", equalTo("targetId"));
        given().auth().oauth2(ADMIN).delete("/api/dependencies/" + id + "/relations/RUNS_ON/" + target).then()
                .statusCode(200).body("id", equalTo(id));
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id).then().body("relations", hasSize(0));
        given().auth().oauth2(ADMIN).delete("/api/dependencies/" + id + "/relations/RUNS_ON/" + target).then()
                .statusCode(200); // removing it again changes nothing
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id + "/history").then()
                .body("type.findAll { it == 'inventory.DependencyRelationRemoved.v1' }", hasSize(1));
    }

    private static Response postOnce(String path, String json, String key) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("Idempotency-Key", key).body(json)
                .post(path);
    }

    @Test
    void a_retry_with_the_same_idempotency_key_registers_and_assesses_once() {
        String body = dependency("Retry Suite R", "Retry GmbH", "DE");
        Response first = postOnce("/api/dependencies", body, "register-retry-r");
        first.then().statusCode(201);
        Response again = postOnce("/api/dependencies", body, "register-retry-r");
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        String id = first.path("id");
        assertThat((String) again.path("id")).isEqualTo(id);
        assertThat(again.header("Location")).isEqualTo(first.header("Location")).endsWith("/api/dependencies/" + id);
        postOnce("/api/dependencies", dependency("Retry Suite R2", "Retry GmbH", "DE"), "register-retry-r").then()
                .statusCode(422).contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
        postOnce("/api/dependencies", body, "mit leerzeichen").then().statusCode(400)
                .contentType("application/problem+json").body("field", equalTo("Idempotency-Key"));
        given().auth().oauth2(ADMIN).get("/api/dependencies?q=retry suite r").then().statusCode(200)
                .body("items.findAll { it.name == 'Retry Suite R' }.size()", equalTo(1));

        String assessment = "{\"scores\":{\"SOV1\":1,\"SOV2\":0,\"SOV3\":1,\"SOV4\":2,\"SOV5\":1,\"SOV6\":2,"
                + "\"SOV7\":3,\"SOV8\":2},\"rationale\":\"Einmal\",\"exit\":{\"canExit\":true,"
                + "\"estimatedMonths\":9,\"estimatedCost\":40000.00},\"assessedOn\":\"2026-03-01\"}";
        String assessed = postOnce("/api/dependencies/" + id + "/assessments", assessment, "assess-retry-r").then()
                .statusCode(201).extract().path("id");
        postOnce("/api/dependencies/" + id + "/assessments", assessment, "assess-retry-r").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(assessed));
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id + "/assessments").then().statusCode(200)
                .body("size()", equalTo(1));
    }

    @Test
    void bad_input_names_the_field_and_unknown_ids_are_404() {
        String[][] cases = {
                {dependency("Bad A", "V", "XX"), "vendorCountry"},
                {dependency("Bad B", "V", "DE").replace("\"OFFICE\"", "\"TYPEWRITER\""), "category"},
                {dependency("", "V", "DE"), "name"},
                {dependency("Bad D", "V", "DE").replace("\"noticePeriodMonths\":3", "\"noticePeriodMonths\":-1"),
                        "noticePeriodMonths"},
                {dependency("Bad E", "V", "DE").replace("}}", "},\"colour\":\"blue\"}"), "colour"},
                {dependency("Bad F", "V", "DE").replace("21600.00", "1.999"), "annualCost"}};
        for (String[] c : cases) {
            Response response = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(c[0])
                    .post("/api/dependencies");
            assertThat(response.statusCode()).as(response.asString()).isIn(400, 422);
            assertThat(response.contentType()).as(response.asString()).startsWith("application/problem+json");
            assertThat(response.jsonPath().getString("field")).as(response.asString()).contains(c[1]);
        }
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + UUID.randomUUID()).then().statusCode(404)
                .contentType("application/problem+json");
        given().auth().oauth2(ADMIN).get("/api/dependencies?size=0").then().statusCode(400)
                .body("field", equalTo("size"));
    }

    @Test
    void administration_writes_others_read_anonymous_is_401() {
        String body = dependency("Roles G", "V", "DE");
        for (String token : List.of(TestTokens.workgroup(), TestTokens.council())) {
            given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/dependencies").then()
                    .statusCode(403).contentType("application/problem+json");
            given().auth().oauth2(token).contentType(ContentType.JSON)
                    .body("{\"title\":\"t\",\"category\":\"LOCK_IN\",\"likelihood\":2,\"impact\":2}")
                    .post("/api/risks").then().statusCode(403);
            given().auth().oauth2(token).get("/api/dependencies").then().statusCode(200);
            given().auth().oauth2(token).get("/api/risks").then().statusCode(200);
        }
        given().contentType(ContentType.JSON).body(body).post("/api/dependencies").then().statusCode(401);
        given().get("/api/dependencies").then().statusCode(401);
        given().get("/api/dependencies/export").then().statusCode(401);
    }

    @Test
    void a_hostile_name_is_stored_exactly_as_given() {
        String hostile = "<script>alert(1)</script>";
        String id = register(dependency(hostile, "=cmd|' /C calc'!A0", "DE"));
        given().auth().oauth2(ADMIN).get("/api/dependencies/" + id).then().body("name", equalTo(hostile))
                .body("vendor", equalTo("=cmd|' /C calc'!A0"));
        byte[] csv = given().auth().oauth2(ADMIN).get("/api/dependencies/export").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Name;Hersteller;Herstellerland;");
        assertThat(text).contains("<script>alert(1)</script>;'=cmd|' /C calc'!A0;");
        assertThat(text).contains(";21600,00;");
    }

    @Test
    void csv_import_is_all_or_nothing_and_a_second_import_changes_nothing() {
        String header = "Name;Hersteller;Herstellerland;Kategorie;Betriebsform;Datenkategorie;Nutzende;"
                + "Jahreskosten (EUR)\r\n";
        String good = header + "Import H;Vendor H;Deutschland;Bürosoftware;Eigenbetrieb;intern;12;1.200,00\r\n"
                + "Import I;Vendor I;USA;E-Mail;SaaS;personenbezogen;150;9.999,99\r\n";
        String bad = header + "Import J;Vendor J;DE;Bürosoftware;Eigenbetrieb;intern;12;1.200,00\r\n"
                + "Import K;Vendor K;Atlantis;Bürosoftware;Eigenbetrieb;intern;12;1.200,00\r\n";
        given().auth().oauth2(ADMIN).contentType("text/csv").body(bad.getBytes(StandardCharsets.UTF_8))
                .post("/api/dependencies/import").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("import-has-errors"))
                .body("badLines", equalTo(List.of(3)));
        given().auth().oauth2(ADMIN).get("/api/dependencies?q=import j").then().body("total", equalTo(0));
        given().auth().oauth2(ADMIN).contentType("text/csv").body(good.getBytes(StandardCharsets.UTF_8))
                .post("/api/dependencies/import").then().statusCode(200)
                .body("registered", equalTo(2)).body("updated", equalTo(0));
        given().auth().oauth2(ADMIN).contentType("text/csv").body(good.getBytes(StandardCharsets.UTF_8))
                .post("/api/dependencies/import").then().statusCode(200)
                .body("registered", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(2));
        given().auth().oauth2(ADMIN).get("/api/dependencies?q=import i").then().body("total", equalTo(1))
                .body("items[0].annualCost", equalTo(9999.99f)).body("items[0].vendorCountry", equalTo("US"));
    }

    @Test
    void an_import_file_over_the_limits_is_refused_before_it_is_parsed() {
        String header = "Name;Hersteller;Herstellerland;Kategorie;Betriebsform;Datenkategorie;Nutzende;"
                + "Jahreskosten (EUR)\r\n";
        String row = "Limit X;Vendor X;Deutschland;Bürosoftware;Eigenbetrieb;intern;12;1.200,00\r\n";
        String tooMany = header + row.repeat(5_000);
        given().auth().oauth2(ADMIN).contentType("text/csv").body(tooMany.getBytes(StandardCharsets.UTF_8))
                .post("/api/dependencies/import?dryRun=true").then().statusCode(422)
                .contentType("application/problem+json").body("code", equalTo("too-many-rows"))
                .body("field", equalTo("file"));
        byte[] tooLarge = new byte[2 * 1024 * 1024 + 1];
        java.util.Arrays.fill(tooLarge, (byte) 'a');
        given().auth().oauth2(ADMIN).contentType("text/csv").body(tooLarge).post("/api/dependencies/import").then()
                .statusCode(413).contentType("application/problem+json").body("code", equalTo("file-too-large"))
                .body("field", equalTo("file"));
        given().auth().oauth2(ADMIN).get("/api/dependencies?q=limit x").then().body("total", equalTo(0));
    }

    @Test
    void a_messy_excel_file_is_checked_by_a_dry_run_and_refused_whole() throws Exception {
        byte[] messy;
        try (var in = getClass().getResourceAsStream("/csv/inventar-excel-windows-1252.csv")) {
            messy = in.readAllBytes();
        }
        long before = given().auth().oauth2(ADMIN).get("/api/dependencies").then().extract().jsonPath()
                .getLong("total");
        given().auth().oauth2(ADMIN).contentType("text/csv").body(messy).post("/api/dependencies/import?dryRun=true")
                .then().statusCode(200).body("encoding", equalTo("Windows-1252")).body("importable", equalTo(false))
                .body("errors.line", equalTo(List.of(10, 11, 12, 14, 14)))
                .body("errors[1].code", equalTo("unknown-value"));
        given().auth().oauth2(ADMIN).contentType("text/csv").body(messy).post("/api/dependencies/import").then()
                .statusCode(422).body("code", equalTo("import-has-errors"))
                .body("badLines", equalTo(List.of(10, 11, 12, 14))).body("rowErrors.size()", equalTo(5));
        given().auth().oauth2(ADMIN).get("/api/dependencies").then().body("total", equalTo((int) before));
    }

    @Test
    void risks_are_ranked_by_likelihood_times_impact() {
        String low = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"title\":\"Risk low L\",\"category\":\"SKILLS\",\"likelihood\":1,\"impact\":2,\"owner\":\"IT\"}")
                .post("/api/risks").then().statusCode(201).extract().path("id");
        String high = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"title\":\"Risk high L\",\"category\":\"PRICE_INCREASE\",\"likelihood\":5,\"impact\":4,"
                        + "\"owner\":\"Kämmerei\",\"mitigation\":\"Ausstieg planen\"}")
                .post("/api/risks").then().statusCode(201).extract().path("id");
        List<String> order = given().auth().oauth2(TestTokens.council()).get("/api/risks").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertThat(order.indexOf(high)).isLessThan(order.indexOf(low));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body("{\"status\":\"CLOSED\",\"note\":\"erledigt\"}")
                .post("/api/risks/" + low + "/status").then().statusCode(200);
        given().auth().oauth2(ADMIN).get("/api/risks/" + low).then().body("status", equalTo("CLOSED"))
                .body("score", equalTo(2));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"title\":\"Risk bad\",\"category\":\"SKILLS\",\"likelihood\":9,\"impact\":2}")
                .post("/api/risks").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(422)))
                .body("field", equalTo("likelihood"));
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"title\":\"Opportunity M\",\"category\":\"COST_SAVINGS\",\"yearlySavings\":12000.00}")
                .post("/api/opportunities").then().statusCode(201);
        given().auth().oauth2(ADMIN).get("/api/opportunities").then().statusCode(200)
                .body("details.title", hasItem("Opportunity M"));
    }

    private static Response put(String path, String json, String ifMatch) {
        var request = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(json);
        return (ifMatch == null ? request : request.header("If-Match", ifMatch)).put(path);
    }

    @Test
    void a_dependency_is_created_with_201_and_replaced_only_with_the_current_etag() {
        Response created = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(dependency("Etag Suite S", "Vendor S", "DE")).post("/api/dependencies");
        created.then().statusCode(201).header("ETag", "\"1\"").body("version", equalTo(1));
        String id = created.path("id");
        String location = created.header("Location");
        assertThat(location).endsWith("/api/dependencies/" + id);
        String etag = given().auth().oauth2(ADMIN).get(location).then().statusCode(200).header("ETag", "\"1\"")
                .extract().header("ETag");
        String renamed = dependency("Etag Suite S2", "Vendor S", "DE");

        put("/api/dependencies/" + id, renamed, null).then().statusCode(428)
                .contentType("application/problem+json").body("code", equalTo("if-match-required"))
                .body("field", equalTo("If-Match"));
        put("/api/dependencies/" + id, renamed, "\"0\"").then().statusCode(412)
                .contentType("application/problem+json").body("code", equalTo("stale-version"));
        given().auth().oauth2(ADMIN).get(location).then().statusCode(200).header("ETag", etag)
                .body("name", equalTo("Etag Suite S"));

        Response replaced = put("/api/dependencies/" + id, renamed, etag);
        replaced.then().statusCode(200).header("ETag", "\"2\"").body("id", equalTo(id)).body("version", equalTo(2));
        assertThat(replaced.header("Location")).isNull();
        given().auth().oauth2(ADMIN).get(location).then().statusCode(200).header("ETag", "\"2\"")
                .body("name", equalTo("Etag Suite S2"));

        Response assessed = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"scores\":{\"SOV1\":1,\"SOV2\":1,\"SOV3\":1,\"SOV4\":1,\"SOV5\":1,\"SOV6\":1,"
                        + "\"SOV7\":1,\"SOV8\":1},\"rationale\":\"Neu\",\"exit\":{\"canExit\":false}}")
                .post("/api/dependencies/" + id + "/assessments");
        assessed.then().statusCode(201).header("ETag", "\"3\"");
        given().auth().oauth2(ADMIN).get(assessed.header("Location")).then().statusCode(200)
                .body("assessmentId", hasItem((String) assessed.path("id")));
    }

    @Test
    void a_risk_change_answers_200_without_location_and_a_stale_if_match_writes_nothing() {
        String details = "{\"title\":\"Risk etag T\",\"category\":\"SKILLS\",\"likelihood\":2,\"impact\":2,"
                + "\"owner\":\"IT\"}";
        Response raised = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(details).post("/api/risks");
        raised.then().statusCode(201).header("ETag", "\"1\"");
        String id = raised.path("id");
        assertThat(raised.header("Location")).endsWith("/api/risks/" + id);
        given().auth().oauth2(ADMIN).get(raised.header("Location")).then().statusCode(200).header("ETag", "\"1\"");

        Response changed = given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"status\":\"ACCEPTED\",\"note\":\"tragbar\"}").post("/api/risks/" + id + "/status");
        changed.then().statusCode(200).header("ETag", "\"2\"").body("id", equalTo(id)).body("version", equalTo(2));
        assertThat(changed.header("Location")).isNull();
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"status\":\"CLOSED\",\"note\":\"zu spät\"}").post("/api/risks/" + id + "/status").then()
                .statusCode(412).contentType("application/problem+json").body("code", equalTo("stale-version"));
        given().auth().oauth2(ADMIN).get("/api/risks/" + id).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("ACCEPTED"));

        String reassessed = details.replace("\"impact\":2", "\"impact\":5");
        put("/api/risks/" + id, reassessed, null).then().statusCode(428).contentType("application/problem+json")
                .body("field", equalTo("If-Match"));
        put("/api/risks/" + id, reassessed, "\"2\"").then().statusCode(200).header("ETag", "\"3\"");
        given().auth().oauth2(ADMIN).get("/api/risks/" + id).then().body("score", equalTo(10));
        given().auth().oauth2(ADMIN).get("/api/risks/" + id + "/history").then().statusCode(200)
                .body("type", contains("inventory.RiskRaised.v1", "inventory.RiskStatusChanged.v1",
                        "inventory.RiskUpdated.v1"))
                .body("[1].change.to", equalTo("ACCEPTED")).body("[1].recordedAt", notNullValue());

        Response recorded = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"title\":\"Opportunity etag T\",\"category\":\"SKILLS\"}").post("/api/opportunities");
        recorded.then().statusCode(201);
        given().auth().oauth2(ADMIN).get(recorded.header("Location")).then().statusCode(200)
                .header("ETag", "\"1\"").body("details.title", equalTo("Opportunity etag T"));
        Response pursued = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body("{\"status\":\"PURSUING\"}").post("/api/opportunities/" + recorded.path("id") + "/status");
        pursued.then().statusCode(200).header("ETag", "\"2\"");
        assertThat(pursued.header("Location")).isNull();
        String opportunity = recorded.path("id");
        String changedDetails = "{\"title\":\"Opportunity etag T\",\"category\":\"SKILLS\",\"yearlySavings\":1200.00}";
        put("/api/opportunities/" + opportunity, changedDetails, null).then().statusCode(428);
        put("/api/opportunities/" + opportunity, changedDetails, "\"1\"").then().statusCode(412)
                .body("code", equalTo("stale-version"));
        put("/api/opportunities/" + opportunity, changedDetails, "\"2\"").then().statusCode(200)
                .header("ETag", "\"3\"").body("version", equalTo(3));
        given().auth().oauth2(ADMIN).get("/api/opportunities/" + opportunity).then().statusCode(200)
                .body("details.yearlySavings", equalTo(1200.0f)).body("status", equalTo("PURSUING"));
    }

    @Test
    void amounts_and_texts_answer_the_codes_every_service_uses() {
        String[][] cases = {
                {"/api/dependencies", dependency("Codes U", "V", "DE").replace("21600.00", "-1.00"), "negative",
                        "annualCost"},
                {"/api/dependencies", dependency("Codes V", "V", "DE").replace("21600.00", "1000000000.00"),
                        "too-large", "annualCost"},
                {"/api/dependencies", dependency("W".repeat(201), "V", "DE"), "too-long", "name"},
                {"/api/opportunities", "{\"title\":\"Codes X\",\"category\":\"SKILLS\",\"yearlySavings\":0}",
                        "not-positive", "yearlySavings"}};
        for (String[] c : cases) {
            given().auth().oauth2(ADMIN).contentType(ContentType.JSON).body(c[1]).post(c[0]).then().statusCode(422)
                    .contentType("application/problem+json").body("code", equalTo(c[2])).body("field", equalTo(c[3]));
        }
    }

    @Test
    void registrations_reach_the_inventory_topic() {
        String id = register(dependency("Kafka N", "Vendor N", "DE"));
        try (KafkaTopicReader reader = new KafkaTopicReader(SouveraenTestResource.kafkaBootstrapServers(),
                Topics.INVENTORY)) {
            var records = reader.readUntil(all -> all.stream().anyMatch(r -> (TestTokens.TENANT + "/dependency-" + id).equals(r.key())),
                    Duration.ofSeconds(30));
            var record = records.stream().filter(r -> (TestTokens.TENANT + "/dependency-" + id).equals(r.key())).findFirst().orElseThrow();
            assertThat(new String(record.headers().lastHeader(CloudEventHeaders.TYPE).value(), StandardCharsets.UTF_8))
                    .isEqualTo("inventory.DependencyRegistered.v2");
        }
    }
}
