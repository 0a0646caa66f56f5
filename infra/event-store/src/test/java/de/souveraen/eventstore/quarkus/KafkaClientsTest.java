package de.souveraen.eventstore.quarkus;

import static org.assertj.core.api.Assertions.assertThat;

import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class KafkaClientsTest {
    @Test
    void every_kafka_property_and_kafka_environment_variable_reaches_the_clients() {
        var config = new SmallRyeConfigBuilder().withSources(new PropertiesConfigSource(Map.of(
                "kafka.bootstrap.servers", "127.0.0.1:9093",
                "kafka.security.protocol", "SASL_SSL",
                "KAFKA_SASL_MECHANISM", "SCRAM-SHA-512",
                "quarkus.kafka.devservices.enabled", "false",
                "mp.messaging.incoming.budget.topic", "souveraen.budget.events"), "test", 100)).build();
        Properties props = KafkaClients.properties(config);
        assertThat(props).containsExactlyInAnyOrderEntriesOf(Map.of("bootstrap.servers", "127.0.0.1:9093",
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512"));
    }
}
