package de.souveraen.reporting.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import de.souveraen.contracts.budget.BudgetAdopted;
import de.souveraen.contracts.budget.BudgetLine;
import de.souveraen.contracts.budget.CoverageDeclared;
import de.souveraen.contracts.budget.ExpenseBooked;
import de.souveraen.contracts.budget.ExpenseReversed;
import de.souveraen.contracts.budget.FundsCommitted;
import de.souveraen.contracts.budget.FundsTransferred;
import de.souveraen.contracts.budget.OverPlan;
import de.souveraen.contracts.budget.PlannedAmount;
import de.souveraen.contracts.inventory.Category;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.Criticality;
import de.souveraen.contracts.inventory.DataClassification;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.Hosting;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.MigrationStatusChanged;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.workgroup.Audience;
import de.souveraen.contracts.workgroup.CouncilRecommendation;
import de.souveraen.contracts.workgroup.DecisionOutcome;
import de.souveraen.contracts.workgroup.DecisionRecorded;
import de.souveraen.contracts.workgroup.Tally;
import de.souveraen.contracts.workgroup.TrainingDetails;
import de.souveraen.contracts.workgroup.TrainingFeedbackRecorded;
import de.souveraen.contracts.workgroup.TrainingFormat;
import de.souveraen.contracts.workgroup.TrainingHeld;
import de.souveraen.contracts.workgroup.TrainingPlanned;
import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.awaitility.Awaitility;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Real events through the real broker into the reporting service; exact figures in the report. Each test uses a
 * fiscal year of its own (the broker and database are shared by the tests of this class).
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class QuarterlyReportTest {
    private static final String ADMIN = TestTokens.administration();
    private static EventFeed feed;

    @BeforeAll
    static void feed() {
        feed = new EventFeed();
    }

    @AfterAll
    static void close() {
        feed.close();
    }

    static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }

    static JsonPath report(String period, String token) {
        return given().auth().oauth2(token).get("/api/reports/" + period).then().statusCode(200).extract().jsonPath();
    }

    /** Polls the report until {@code done} holds (the consumer is asynchronous); fails after 30 s. */
    static JsonPath awaitReport(String period, Predicate<JsonPath> done) {
        return Awaitility.await("report " + period + " in the expected state").atMost(Duration.ofSeconds(30))
                .pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(100))
                .until(() -> report(period, ADMIN), done::test);
    }

    static void adopt(int year, String stream, BudgetLine... lines) {
        feed.send("budget", stream, day((year - 1) + "-12-15"), new BudgetAdopted(year, "Digitale Souveränität " + year,
                "Ratsbeschluss " + year + "/014", day((year - 1) + "-12-15"), List.of(lines),
                List.of(new PlannedAmount(year + 1, eur("15000.00")), new PlannedAmount(year + 2, eur("12000.00")))));
    }

    static ExpenseBooked expense(int year, String line, String amount, String date, String invoice) {
        return new ExpenseBooked(year, UUID.randomUUID(), line, eur(amount), day(date), "Vendor", "x", invoice, null,
                eur("0.00"), null);
    }

    @Test
    void finances_are_exact_to_the_cent_per_line_and_quarter() {
        int year = 2031;
        String s = String.valueOf(year);
        adopt(year, s, new BudgetLine("ANALYSE", "Abhängigkeitsanalyse", eur("4000.00")),
                new BudgetLine("PILOT", "Open-Source-Prototypen", eur("4500.00")),
                new BudgetLine("SCHULUNG", "Schulungen", eur("2500.00")));
        UUID commitment = UUID.randomUUID();
        feed.send("budget", s, day("2031-02-01"), new FundsCommitted(year, commitment, "PILOT", eur("2000.00"),
                "Nextcloud GmbH", "B-1", "Pilot", day("2031-02-01"), null));
        feed.send("budget", s, day("2031-03-10"), expense(year, "SCHULUNG", "800.50", "2031-03-10", "R-1"));
        feed.send("budget", s, day("2031-04-20"), new ExpenseBooked(year, UUID.randomUUID(), "PILOT", eur("750.25"),
                day("2031-04-20"), "Nextcloud GmbH", "Teil 1", "R-2", commitment, eur("750.25"), null));
        ExpenseBooked wrong = expense(year, "ANALYSE", "99.99", "2031-05-02", "R-3");
        feed.send("budget", s, day("2031-05-02"), wrong);
        feed.send("budget", s, day("2031-05-03"), new ExpenseReversed(year, UUID.randomUUID(), wrong.expenseId(),
                "ANALYSE", eur("99.99"), "R-3", "doppelt", day("2031-05-03"), null, eur("0.00")));
        feed.send("budget", s, day("2031-06-30"), new ExpenseBooked(year, UUID.randomUUID(), "SCHULUNG",
                eur("2000.00"), day("2031-06-30"), "VHS", "Kurs", "R-4", null, eur("0.00"),
                new OverPlan("Vfg. 2031/7", eur("300.50"))));

        JsonPath q2 = awaitReport("2031-Q2", r -> "3550.75".equals(r.getString("finances.total.spent"))
                && "11300.5".equals(r.getString("finances.total.adjusted")));
        assertThat(q2.getString("finances.total.appropriated")).isEqualTo("11000.0");
        assertThat(new BigDecimal(q2.getString("finances.total.adjusted"))).isEqualByComparingTo("11300.50");
        assertThat(new BigDecimal(q2.getString("finances.total.committed"))).isEqualByComparingTo("1249.75");
        assertThat(new BigDecimal(q2.getString("finances.total.spent"))).isEqualByComparingTo("3550.75");
        assertThat(new BigDecimal(q2.getString("finances.total.available"))).isEqualByComparingTo("6500.00");
        assertThat(new BigDecimal(q2.getString("finances.total.overPlan"))).isEqualByComparingTo("300.50");
        assertThat(new BigDecimal(q2.getString("finances.spentInQuarter"))).isEqualByComparingTo("2750.25");
        assertThat(new BigDecimal(q2.getString("finances.lines.find { it.code == 'SCHULUNG' }.available")))
                .isEqualByComparingTo("0.00");
        assertThat(q2.getString("finances.lines.find { it.code == 'SCHULUNG' }.percentUsed")).isEqualTo("100.0");
        assertThat(q2.getString("finances.overPlan[0].approvalReference")).isEqualTo("Vfg. 2031/7");
        assertThat(q2.getList("finances.multiYearPlan.fiscalYear")).containsExactly(2032, 2033);
        String raw = given().auth().oauth2(ADMIN).get("/api/reports/2031-Q2").asString();
        assertThat(raw).contains("\"spent\":3550.75").contains("\"committed\":1249.75");

        JsonPath q1 = report("2031-Q1", ADMIN);
        assertThat(new BigDecimal(q1.getString("finances.total.spent"))).isEqualByComparingTo("800.50");
        assertThat(new BigDecimal(q1.getString("finances.total.committed"))).isEqualByComparingTo("2000.00");
        assertThat(q1.getString("meta.asOf")).isEqualTo("2031-03-31T22:00:00Z");
        // the topic is shared with the other tests (other years): count the events of Q2 as a difference
        assertThat(q2.getLong("meta.events.budget") - q1.getLong("meta.events.budget")).isEqualTo(4);
        assertThat(q2.getString("meta.contentHash")).hasSize(64).isNotEqualTo(q1.getString("meta.contentHash"));
        assertThat(report("2031-Q2", TestTokens.council()).getString("meta.contentHash"))
                .isEqualTo(q2.getString("meta.contentHash"));
    }

    @Test
    void a_transfer_within_a_coverage_moves_adjusted_amounts_between_lines_and_keeps_the_totals() {
        int year = 2034;
        String s = String.valueOf(year);
        adopt(year, s, new BudgetLine("PILOT", "Open-Source-Prototypen", eur("3000.00")),
                new BudgetLine("SCHULUNG", "Schulungen", eur("1000.00")));
        UUID coverage = UUID.randomUUID();
        feed.send("budget", s, day("2034-02-01"), new CoverageDeclared(year, coverage, List.of("PILOT", "SCHULUNG"),
                true, "Haushaltsvermerk 2034/1", day("2034-02-01")));
        feed.send("budget", s, day("2034-05-10"), new FundsTransferred(year, UUID.randomUUID(), coverage, "PILOT",
                "SCHULUNG", eur("400.00"), "Umschichtung 2034/1", "Mehr Workshops", day("2034-05-10"),
                eur("2600.00"), eur("1400.00")));
        feed.send("budget", s, day("2034-05-15"), expense(year, "SCHULUNG", "1200.00", "2034-05-15", "T-1"));

        JsonPath q2 = awaitReport("2034-Q2", r -> "1200.0".equals(r.getString("finances.total.spent")));
        assertThat(new BigDecimal(q2.getString("finances.total.appropriated"))).isEqualByComparingTo("4000.00");
        assertThat(new BigDecimal(q2.getString("finances.total.adjusted"))).isEqualByComparingTo("4000.00");
        assertThat(new BigDecimal(q2.getString("finances.total.available"))).isEqualByComparingTo("2800.00");
        assertThat(new BigDecimal(q2.getString("finances.total.overPlan"))).isEqualByComparingTo("0.00");
        assertThat(new BigDecimal(q2.getString("finances.lines.find { it.code == 'PILOT' }.adjusted")))
                .isEqualByComparingTo("2600.00");
        assertThat(new BigDecimal(q2.getString("finances.lines.find { it.code == 'PILOT' }.available")))
                .isEqualByComparingTo("2600.00");
        assertThat(new BigDecimal(q2.getString("finances.lines.find { it.code == 'SCHULUNG' }.appropriated")))
                .isEqualByComparingTo("1000.00");
        assertThat(new BigDecimal(q2.getString("finances.lines.find { it.code == 'SCHULUNG' }.adjusted")))
                .isEqualByComparingTo("1400.00");
        assertThat(new BigDecimal(q2.getString("finances.lines.find { it.code == 'SCHULUNG' }.available")))
                .isEqualByComparingTo("200.00");
        JsonPath q1 = report("2034-Q1", ADMIN);
        assertThat(new BigDecimal(q1.getString("finances.lines.find { it.code == 'SCHULUNG' }.adjusted")))
                .isEqualByComparingTo("1000.00");
        assertThat(new BigDecimal(q1.getString("finances.total.adjusted"))).isEqualByComparingTo("4000.00");
    }

    @Test
    void a_redelivered_event_changes_nothing_and_a_poison_event_is_dead_lettered_while_the_stream_goes_on() {
        int year = 2032;
        String s = String.valueOf(year);
        adopt(year, s, new BudgetLine("PILOT", "Prototypen", eur("1000.00")));
        ProducerRecord<String, byte[]> booked = feed.send("budget", s, day("2032-01-10"),
                expense(year, "PILOT", "100.00", "2032-01-10", "D-1"));
        awaitReport("2032-Q1", r -> "100.0".equals(r.getString("finances.total.spent")));
        long before = report("2032-Q1", ADMIN).getLong("meta.events.budget");
        feed.resend(booked);
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(booked.topic(), null, "blankenheim/budget-" + s,
                "{\"not\":\"an expense\"}".getBytes(StandardCharsets.UTF_8), booked.headers());
        poison.headers().remove("ce_id");
        poison.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        feed.resend(poison);
        feed.send("budget", s, day("2032-01-11"), expense(year, "PILOT", "1.00", "2032-01-11", "D-2"));
        JsonPath r = awaitReport("2032-Q1", j -> !"100.0".equals(j.getString("finances.total.spent")));
        assertThat(new BigDecimal(r.getString("finances.total.spent"))).isEqualByComparingTo("101.00");
        // the redelivered expense and the poison record are not counted; the last expense is
        assertThat(r.getLong("meta.events.budget") - before).isEqualTo(1);
        // between two changes the report is built once and kept (per read-model version); a change builds it anew
        JsonPath again = report("2032-Q1", TestTokens.council());
        assertThat(again.getString("meta.generatedAt")).isEqualTo(r.getString("meta.generatedAt"));
        feed.send("budget", s, day("2032-01-12"), expense(year, "PILOT", "2.00", "2032-01-12", "D-3"));
        JsonPath changed = awaitReport("2032-Q1", j -> !"101.0".equals(j.getString("finances.total.spent")));
        assertThat(new BigDecimal(changed.getString("finances.total.spent"))).isEqualByComparingTo("103.00");
        assertThat(changed.getString("meta.generatedAt")).isNotEqualTo(r.getString("meta.generatedAt"));
        given().auth().oauth2(ADMIN).get("/api/admin/dead-letters").then().statusCode(200)
                .body("find { it.key == 'blankenheim/budget-2032' }.topic", equalTo("souveraen.budget.events"));
        given().auth().oauth2(TestTokens.council()).get("/api/admin/dead-letters").then().statusCode(403);
        // another municipality's administration does not see Blankenheim's dead letters; the provider sees all
        given().auth().oauth2(TestTokens.ofMunicipality("nettersheim", "verwaltung-nettersheim", "Verwaltung",
                        "administration")).get("/api/admin/dead-letters").then().statusCode(200)
                .body("find { it.key == 'blankenheim/budget-2032' }", org.hamcrest.Matchers.nullValue());
        given().auth().oauth2(TestTokens.withRoles("provider", "Betrieb", "provider")).get("/api/admin/dead-letters")
                .then().statusCode(200)
                .body("find { it.key == 'blankenheim/budget-2032' }.topic", equalTo("souveraen.budget.events"));
    }

    @Test
    void progress_risks_upcoming_decisions_and_trainings_come_from_the_other_contexts() {
        UUID office = UUID.randomUUID();
        feed.send("dependency", office.toString(), day("2026-01-20"), new DependencyRegistered(office,
                new DependencyDetails("Office Cloud", "Mikrosoft", "US", Category.OFFICE, Hosting.NON_EU_CLOUD,
                        DataClassification.PERSONAL, 180, eur("21600.00"), Criticality.HIGH, null, List.of(), null,
                        new ContractTerms(day("2024-01-01"), day("2026-12-31"), 3, Renewal.TACIT, 12)), null));
        UUID hosting = UUID.randomUUID(); // ends unless renewed: the decision is to renew or let it lapse
        feed.send("dependency", hosting.toString(), day("2026-01-21"), new DependencyRegistered(hosting,
                new DependencyDetails("Zeus Hosting", "Zeus", "DE", Category.CLOUD_HOSTING, Hosting.EU_CLOUD,
                        DataClassification.INTERNAL, 10, eur("1200.00"), Criticality.LOW, null, List.of(), null,
                        new ContractTerms(day("2025-12-16"), day("2026-12-15"), 2, Renewal.EXPRESS, null)), null));
        feed.send("dependency", office.toString(), day("2026-05-05"), new MigrationStatusChanged(office,
                MigrationStatus.IDENTIFIED, MigrationStatus.ASSESSED, "bewertet", day("2026-05-05")));
        feed.send("risk", "r1", day("2026-04-02"), new RiskRaised(UUID.randomUUID(), new RiskDetails("Preiserhöhung",
                "Lizenzen +40 %", RiskCategory.PRICE_INCREASE, 5, 4, "IT", "Ausstieg planen", List.of(office)),
                day("2026-04-02")));
        UUID training = UUID.randomUUID();
        TrainingDetails details = new TrainingDetails("LibreOffice", day("2026-06-15"), TrainingFormat.WORKSHOP,
                List.of(Audience.ADMINISTRATION), eur("4.0"), List.of("Writer"), "VHS");
        feed.send("training", training.toString(), day("2026-05-01"), new TrainingPlanned(training, details));
        feed.send("training", training.toString(), day("2026-06-15"), new TrainingHeld(training, details, 14));
        feed.send("training", training.toString(), day("2026-06-16"), new TrainingFeedbackRecorded(training,
                List.of(5, 4, 4, 5), 4, 18, eur("4.50")));
        feed.send("meeting", "m1", day("2026-06-20"), new DecisionRecorded(UUID.randomUUID(), day("2026-06-20"),
                UUID.randomUUID(), "Pilot openDesk", true, null, DecisionOutcome.ADOPTED, "Empfehlung an den Rat",
                UUID.randomUUID(), new Tally(5, 1, 0), new CouncilRecommendation("Pilotbetrieb openDesk",
                        day("2026-07-09"))));

        JsonPath r = awaitReport("2026-Q2", j -> j.getLong("trainings.participants") == 14
                && !j.getList("upcomingDecisions.recommendations").isEmpty()
                && j.getLong("progress.byStatus.ASSESSED") == 1 && !j.getList("risksAndOpportunities.topRisks").isEmpty()
                && "4.5".equals(j.getString("trainings.averageSatisfaction"))
                && j.getList("upcomingDecisions.deadlines").size() == 2);
        assertThat(r.getLong("progress.dependencies")).isEqualTo(2);
        assertThat(r.getLong("progress.byStatus.ASSESSED")).isEqualTo(1);
        assertThat(r.getLong("progress.changeDuringQuarter.IDENTIFIED")).isEqualTo(-1);
        assertThat(r.getInt("risksAndOpportunities.topRisks[0].score")).isEqualTo(20);
        assertThat(r.getLong("risksAndOpportunities.newRisks")).isEqualTo(1);
        assertThat(r.getString("upcomingDecisions.deadlines[0].date")).isEqualTo("2026-09-30");
        assertThat(r.getString("upcomingDecisions.deadlines[0].kind")).isEqualTo("CANCEL_BY");
        assertThat(r.getString("upcomingDecisions.deadlines[1].date")).isEqualTo("2026-10-15");
        assertThat(r.getString("upcomingDecisions.deadlines[1].kind")).isEqualTo("RENEW_OR_LAPSE");
        assertThat(r.getString("upcomingDecisions.recommendations[0].councilSessionDate")).isEqualTo("2026-07-09");
        assertThat(r.getLong("trainings.sessions")).isEqualTo(1);
        assertThat(r.getLong("trainings.participants")).isEqualTo(14);
        assertThat(r.getString("trainings.averageSatisfaction")).isEqualTo("4.5");
        JsonPath q1 = report("2026-Q1", ADMIN);
        assertThat(q1.getLong("progress.byStatus.IDENTIFIED")).isEqualTo(2);
        assertThat(q1.getLong("trainings.sessions")).isZero();
    }

    @Test
    void publication_freezes_a_quarter_and_later_changes_show_as_corrections_in_the_next() {
        int year = 2025;
        String s = String.valueOf(year);
        adopt(year, s, new BudgetLine("PILOT", "Prototypen", eur("1000.00")));
        feed.send("budget", s, day("2025-02-01"), expense(year, "PILOT", "200.00", "2025-02-01", "P-1"));
        awaitReport("2025-Q1", r -> "200.0".equals(r.getString("finances.total.spent")));
        given().auth().oauth2(TestTokens.council()).contentType("application/json").body(de.souveraen.reporting.publication.PublicationFixture.BODY).post("/api/reports/2025-Q1/publication").then().statusCode(403);
        given().get("/api/reports/2025-Q1").then().statusCode(401);
        JsonPath published = given().auth().oauth2(ADMIN).contentType("application/json").body(de.souveraen.reporting.publication.PublicationFixture.BODY).post("/api/reports/2025-Q1/publication").then()
                .statusCode(200).extract().jsonPath();
        assertThat(published.getBoolean("meta.published")).isTrue();
        String hash = published.getString("meta.contentHash");
        given().auth().oauth2(ADMIN).contentType("application/json").body(de.souveraen.reporting.publication.PublicationFixture.BODY).post("/api/reports/2025-Q1/publication").then().statusCode(409)
                .body("code", equalTo("already-published"));
        given().auth().oauth2(ADMIN).contentType("application/json").body(de.souveraen.reporting.publication.PublicationFixture.BODY).post("/api/reports/2030-Q1/publication").then().statusCode(409)
                .body("code", equalTo("quarter-not-over"));

        // a late booking dated in the published quarter
        feed.send("budget", s, day("2025-03-30"), expense(year, "PILOT", "50.00", "2025-03-30", "P-2"));
        JsonPath q2 = awaitReport("2025-Q2", r -> !r.getList("corrections").isEmpty());
        assertThat(q2.getString("corrections.find { it.field == 'finances.total.spent' }.published"))
                .isEqualTo("200.0");
        assertThat(q2.getString("corrections.find { it.field == 'finances.total.spent' }.now")).isEqualTo("250.0");
        JsonPath again = given().get("/api/reports/2025-Q1").then().statusCode(200).extract().jsonPath();
        assertThat(again.getString("meta.contentHash")).isEqualTo(hash);
        assertThat(new BigDecimal(again.getString("finances.total.spent"))).isEqualByComparingTo("200.00");
        given().get("/api/reports/2025-Q2").then().statusCode(401);
        given().auth().oauth2(ADMIN).get("/api/reports/2025-Q5").then().statusCode(400).body("field",
                equalTo("period"));
    }

    @Test
    void a_rebuild_from_offset_zero_gives_the_identical_report() {
        int year = 2033;
        String s = String.valueOf(year);
        adopt(year, s, new BudgetLine("PILOT", "Prototypen", eur("3000.00")));
        for (int i = 1; i <= 20; i++) {
            feed.send("budget", s, day("2033-04-" + String.format("%02d", i)),
                    expense(year, "PILOT", i + ".11", "2033-04-" + String.format("%02d", i), "RB-" + i));
        }
        JsonPath before = awaitReport("2033-Q2", r -> "212.2".equals(r.getString("finances.total.spent")));
        given().auth().oauth2(TestTokens.workgroup()).post("/api/admin/rebuild").then().statusCode(403);
        // the rebuild covers every municipality of the installation: the provider's command
        given().auth().oauth2(ADMIN).post("/api/admin/rebuild").then().statusCode(403);
        given().auth().oauth2(TestTokens.withRoles("provider", "Betrieb", "provider")).post("/api/admin/rebuild")
                .then().statusCode(200);
        JsonPath after = report("2033-Q2", ADMIN);
        assertThat(after.getString("meta.contentHash")).isEqualTo(before.getString("meta.contentHash"));
        assertThat(new BigDecimal(after.getString("finances.total.spent"))).isEqualByComparingTo("212.20");
    }
}
