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

    /**
     * The producer a projection's runner sends poison records with to the dead-letter topic: the shared client
     * properties, {@code bootstrap}, string keys and byte values, every write acknowledged by all replicas and
     * idempotent, at most 10 s blocked.
     */
    public static org.apache.kafka.clients.producer.Producer<String, byte[]> deadLetterProducer(Config config,
            String bootstrap) {
        Properties props = properties(config);
        props.put(org.apache.kafka.clients.producer.ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(org.apache.kafka.clients.producer.ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.StringSerializer.class.getName());
        props.put(org.apache.kafka.clients.producer.ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG,
                org.apache.kafka.common.serialization.ByteArraySerializer.class.getName());
        props.put(org.apache.kafka.clients.producer.ProducerConfig.ACKS_CONFIG, "all");
        props.put(org.apache.kafka.clients.producer.ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(org.apache.kafka.clients.producer.ProducerConfig.MAX_BLOCK_MS_CONFIG, "10000");
        return new org.apache.kafka.clients.producer.KafkaProducer<>(props);
    }
}
