package de.souveraen.budget.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import de.souveraen.testing.SouveraenTestResource;
import de.souveraen.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/**
 * The budget plan as open data: anyone reads a municipality's adopted year and its Fiscal Data Package under the
 * municipality's key, each municipality its own; the journal with vendors stays behind the sign-in.
 */
@QuarkusTest
@QuarkusTestResource(SouveraenTestResource.class)
class PublicBudgetApiTest {
    private static final String NETTERSHEIM = TestTokens.ofMunicipality("nettersheim", "verwaltung-nettersheim",
            "Nora Verwalt", "administration");

    @Test
    void anyone_reads_each_municipalitys_own_plan_and_nothing_of_its_journal() {
        BudgetApiTest.adopt(2051, "OFFEN", "Offene Daten", "1500.00");
        given().auth().oauth2(NETTERSHEIM).contentType(ContentType.JSON)
                .body(BudgetApiTest.budget(2051, "OFFEN", "Offene Daten", "900.00")).post("/api/budgets")
                .then().statusCode(201);
        given().auth().oauth2(TestTokens.administration()).contentType(ContentType.JSON)
                .header("Idempotency-Key", "public-2051-1")
                .body(BudgetApiTest.expense("OFFEN", "100.00", "2051-02-01", "R-2051-1")).post("/api/budgets/2051/expenses")
                .then().statusCode(201);

        given().get("/api/public/blankenheim/budgets/2051").then().statusCode(200)
                .body("appropriated", equalTo(1500.00f)).body("spent", equalTo(100.00f));
        given().get("/api/public/nettersheim/budgets/2051").then().statusCode(200)
                .body("appropriated", equalTo(900.00f)).body("spent", equalTo(0.00f));
        given().get("/api/public/nettersheim/budgets/2051/fiscal-data-package/datapackage.json").then()
                .statusCode(200).body("profile", equalTo("fiscal-data-package"))
                .body(containsString("nettersheim")).body(not(containsString("blankenheim")));
        given().get("/api/public/blankenheim/budgets/2051/fiscal-data-package/budget.csv").then().statusCode(200)
                .contentType(containsString("text/csv")).body(not(containsString("Univention")));

        given().get("/api/public/ahrweiler/budgets/2051").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/public/NOT..valid/budgets/2051").then().statusCode(404)
                .contentType("application/problem+json");
        given().get("/api/budgets/2051/bookings").then().statusCode(401);
    }
}
