package de.souveraen.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Quarkus test resource for every Souverän service: the JVM's shared real PostgreSQL
 * ({@link SharedInfrastructure#postgres()}) with a fresh database per start, the shared real Kafka broker,
 * and local verification of {@link TestTokens} by quarkus-oidc. Dev Services are switched off.
 *
 * <pre>{@code
 * @QuarkusTest
 * @QuarkusTestResource(value = SouveraenTestResource.class, restrictToAnnotatedClass = false)
 * class ExpenseResourceTest { ... given().auth().oauth2(TestTokens.administration()) ... }
 * }</pre>
 *
 * <p>Init arg {@code database} fixes the database's name (created if missing); without it every start gets a
 * new one ({@code souveraen_test_N}, unique in the JVM's shared server). The values handed to the application are also readable statically
 * ({@link #jdbcUrl()}, {@link #connect()} …) so a test can look into its tables or topics.
 *
 * <p>Configuration it returns: {@code quarkus.datasource.reactive.url} ({@code vertx-reactive:postgresql://…}),
 * {@code quarkus.datasource.jdbc.url}, {@code quarkus.datasource.username}/{@code password},
 * {@code kafka.bootstrap.servers}, {@code quarkus.devservices.enabled=false},
 * {@code quarkus.oidc.public-key} (the test-only key) and {@code quarkus.oidc.token.issuer}
 * ({@link TestTokens#ISSUER}). {@code quarkus.oidc.auth-server-url} stays unset: with a public key
 * quarkus-oidc verifies tokens locally and contacts no server.
 */
public class SouveraenTestResource implements QuarkusTestResourceLifecycleManager {
    /** Init arg naming the database. */
    public static final String DATABASE_ARG = "database";

    private static volatile Map<String, String> current = Map.of();
    private static volatile String currentDatabase;

    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs == null ? null : initArgs.get(DATABASE_ARG);
    }

    @Override
    public Map<String, String> start() {
        EmbeddedPostgresServer postgres = SharedInfrastructure.postgres();
        EmbeddedKafkaBroker kafka = SharedInfrastructure.kafka();
        String name;
        if (database != null && !database.isBlank()) {
            name = database;
            postgres.createDatabaseIfMissing(name);
        } else {
            name = postgres.createFreshDatabase("souveraen_test");
        }

        Map<String, String> config = new LinkedHashMap<>();
        config.put("quarkus.datasource.reactive.url", "vertx-reactive:" + postgres.reactiveUrl(name));
        config.put("quarkus.datasource.jdbc.url", postgres.jdbcUrl(name));
        config.put("quarkus.datasource.username", postgres.username());
        config.put("quarkus.datasource.password", postgres.password());
        config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
        config.put("quarkus.devservices.enabled", "false");
        config.put("quarkus.oidc.public-key", TestTokens.publicKeyPemBody());
        config.put("quarkus.oidc.token.issuer", TestTokens.ISSUER);
        current = Map.copyOf(config);
        currentDatabase = name;
        return config;
    }

    @Override
    public void stop() {
        // the shared server and broker outlive the application; the JVM's shutdown hook stops them
    }

    /** Everything the last start handed to the application. */
    public static Map<String, String> config() {
        return current;
    }

    /** The name of the database of the last start. */
    public static String database() {
        return require(currentDatabase, "database");
    }

    /** {@code jdbc:postgresql://127.0.0.1:PORT/DB} of the last start. */
    public static String jdbcUrl() {
        return require(current.get("quarkus.datasource.jdbc.url"), "jdbc url");
    }

    /** {@code vertx-reactive:postgresql://127.0.0.1:PORT/DB} of the last start. */
    public static String reactiveUrl() {
        return require(current.get("quarkus.datasource.reactive.url"), "reactive url");
    }

    /** The database user. */
    public static String username() {
        return require(current.get("quarkus.datasource.username"), "username");
    }

    /** The database password. */
    public static String password() {
        return require(current.get("quarkus.datasource.password"), "password");
    }

    /** {@code 127.0.0.1:PORT} of the Kafka broker. */
    public static String kafkaBootstrapServers() {
        return require(current.get("kafka.bootstrap.servers"), "kafka.bootstrap.servers");
    }

    /** A new JDBC connection to the database of the last start; the caller closes it. */
    public static Connection connect() throws SQLException {
        return EmbeddedPostgresServer.connect(jdbcUrl(), username(), password());
    }

    private static String require(String value, String what) {
        if (value == null) {
            throw new IllegalStateException("SouveraenTestResource has not been started: no " + what);
        }
        return value;
    }
}
