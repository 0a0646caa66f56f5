package de.souveraen.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second Quarkus test application (another profile, so another class loader) uses the same PostgreSQL and
 * Kafka as every other test in the JVM, with a database of its own.
 */
@QuarkusTest
@TestProfile(SharedAcrossQuarkusApplicationsTest.OtherProfile.class)
@QuarkusTestResource(value = SouveraenTestResource.class, restrictToAnnotatedClass = false)
class SharedAcrossQuarkusApplicationsTest {

    public static class OtherProfile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("souveraen.probe", "other");
        }
    }

    @Test
    void the_servers_are_the_ones_the_system_class_loader_owns() throws Exception {
        assertThat(SharedInfrastructure.class.getClassLoader()).isNotSameAs(ClassLoader.getSystemClassLoader());
        Class<?> owner = Class.forName(SharedInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
        Object ownersPostgres = owner.getMethod("postgres").invoke(null);
        Object ownersKafka = owner.getMethod("kafka").invoke(null);

        assertThat(SharedInfrastructure.postgres().port()).isEqualTo(ownersPostgres.getClass().getMethod("port").invoke(ownersPostgres));
        assertThat(SharedInfrastructure.kafka().bootstrapServers())
                .isEqualTo(ownersKafka.getClass().getMethod("bootstrapServers").invoke(ownersKafka))
                .isEqualTo(SouveraenTestResource.kafkaBootstrapServers());
        assertThat(SouveraenTestResource.jdbcUrl()).isEqualTo(SharedInfrastructure.postgres().jdbcUrl(SouveraenTestResource.database()));
    }

    @Test
    void stop_and_start_on_a_view_reach_the_owner() throws Exception {
        Class<?> owner = Class.forName(SharedInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
        Object ownersKafka = owner.getMethod("kafka").invoke(null);
        EmbeddedKafkaBroker kafka = SharedInfrastructure.kafka();
        kafka.stop();
        try {
            assertThat(kafka.isRunning()).isFalse();
            assertThat(ownersKafka.getClass().getMethod("isRunning").invoke(ownersKafka)).isEqualTo(false);
        } finally {
            kafka.start();
        }
        assertThat(ownersKafka.getClass().getMethod("isRunning").invoke(ownersKafka)).isEqualTo(true);
        kafka.createTopics(1, "souveraen.test.after-restart");
        kafka.close(); // ignored on a view: the shared broker stays up
        assertThat(kafka.isRunning()).isTrue();
    }
}
