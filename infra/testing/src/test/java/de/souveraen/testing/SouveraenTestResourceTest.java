package de.souveraen.testing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The resource inside a real Quarkus test: oidc verifies the test tokens, the database and Kafka answer. */
@QuarkusTest
@QuarkusTestResource(value = SouveraenTestResource.class, restrictToAnnotatedClass = false)
class SouveraenTestResourceTest {

    @Test
    void quarkus_oidc_accepts_the_test_tokens_with_their_roles() {
        given().auth().oauth2(TestTokens.administration()).when().get("/whoami").then()
                .statusCode(200).body(equalTo("test-administration [administration]"));
        given().auth().oauth2(TestTokens.withRoles("m.muster", "Maria Muster", "workgroup", "council"))
                .when().get("/whoami").then()
                .statusCode(200).body(equalTo("m.muster [council, workgroup]"));
    }

    @Test
    void a_missing_or_expired_token_is_401_and_a_wrong_role_403() {
        given().when().get("/whoami").then().statusCode(401);
        given().auth().oauth2(TestTokens.expired()).when().get("/whoami").then().statusCode(401);
        given().auth().oauth2(TestTokens.council()).when().get("/whoami/admin").then().statusCode(403);
        given().auth().oauth2(TestTokens.administration()).when().get("/whoami/admin").then().statusCode(200);
    }

    @Test
    void a_token_of_another_issuer_is_refused() {
        var claims = TestTokens.claims("x", "X", java.time.Instant.now(), java.time.Instant.now().plusSeconds(600),
                "administration");
        claims.put("iss", "https://elsewhere.test");
        given().auth().oauth2(TestTokens.signed(claims)).when().get("/whoami").then().statusCode(401);
    }

    @Test
    void the_test_sees_the_database_the_application_was_given() throws Exception {
        assertThat(SouveraenTestResource.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:")
                .endsWith("/" + SouveraenTestResource.database());
        assertThat(SouveraenTestResource.reactiveUrl()).isEqualTo("vertx-reactive:"
                + SouveraenTestResource.jdbcUrl().substring("jdbc:".length()));
        try (Connection c = SouveraenTestResource.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS probe (id int PRIMARY KEY)");
            st.execute("INSERT INTO probe VALUES (1) ON CONFLICT DO NOTHING");
            try (ResultSet rs = st.executeQuery("SELECT current_database(), count(*) FROM probe GROUP BY 1")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo(SouveraenTestResource.database());
            }
        }
    }

    @Test
    void kafka_works_inside_the_quarkus_test_jvm() {
        String topic = "souveraen.test.quarkus";
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, SouveraenTestResource.kafkaBootstrapServers());
        try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "k", "v")).get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try (KafkaTopicReader reader = new KafkaTopicReader(SouveraenTestResource.kafkaBootstrapServers(), topic)) {
            List<ConsumerRecord<String, byte[]>> records = reader.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(60));
            assertThat(new String(records.get(0).value())).isEqualTo("v");
        }
    }
}
