package de.souveraen.eventstore.quarkus;

import java.util.Properties;
import org.eclipse.microprofile.config.Config;

/**
 * The client settings every Kafka client of a service starts from: every configuration property below
 * {@code kafka.} without its prefix — {@code kafka.bootstrap.servers}, and in production the TLS and SASL settings
 * ({@code kafka.security.protocol}, {@code kafka.sasl.mechanism}, {@code kafka.sasl.jaas.config},
 * {@code kafka.ssl.truststore.location} …, from the environment as {@code KAFKA_SECURITY_PROTOCOL} etc.). The
 * SmallRye consumers read the same properties, so the outbox relay, the dead-letter producer and the rebuild's
 * consumer connect exactly as they do.
 */
public final class KafkaClients {
    private KafkaClients() {
    }

    /** A fresh set of the shared client properties; the caller adds what is its own. */
    public static Properties properties(Config config) {
        Properties props = new Properties();
        for (String name : config.getPropertyNames()) {
            String key = null;
            if (name.startsWith("kafka.") && name.length() > "kafka.".length()) {
                key = name.substring("kafka.".length());
            } else if (name.startsWith("KAFKA_") && name.length() > "KAFKA_".length()) {
                // an environment variable: KAFKA_SASL_JAAS_CONFIG → sasl.jaas.config
                key = name.substring("KAFKA_".length()).toLowerCase(java.util.Locale.ROOT).replace('_', '.');
            }
            if (key != null) {
                String clientKey = key;
                config.getOptionalValue(name, String.class).ifPresent(value -> props.putIfAbsent(clientKey, value));
            }
        }
        return props;
    }
}
