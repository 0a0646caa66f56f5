package de.souveraen.embedded;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;

/**
 * A real single-node Kafka in this JVM: one KRaft process that is broker and controller at once
 * ({@code kafka.server.KafkaRaftServer} from {@code kafka_2.13}). Both listeners, PLAINTEXT and CONTROLLER,
 * bind 127.0.0.1 only.
 *
 * <p>The log directory is formatted once (a new cluster id); a directory that already holds
 * {@code meta.properties} is reused as it is, so topics, records and committed offsets survive
 * {@link #stop()}/{@link #start()} and, with a directory given, new instances on the same directory.
 * Ports are chosen once and kept across restarts, so clients simply reconnect.
 *
 * <p>Settings for one node: replication factor 1 everywhere, min ISR 1, no initial rebalance delay, topics
 * created on first use with 3 partitions, unlimited retention. Kafka's own logging is turned down to WARN
 * ({@link QuietLogging}).
 */
public class EmbeddedKafkaBroker extends EmbeddedServer {
    /** The address both listeners bind; never any other. */
    public static final String HOST = "127.0.0.1";
    private static final int NODE_ID = 1;
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final int controllerPort;
    private KafkaRaftServer server;

    /**
     * A broker that is not started yet (see {@link #start(Path, int, Factory)}), or with {@code owner} a view of a
     * broker another class loader runs.
     */
    protected EmbeddedKafkaBroker(Path logDirectory, boolean temporary, int port, int controllerPort, Remote owner) {
        super(logDirectory, temporary, port, owner);
        this.controllerPort = controllerPort;
    }

    /** A view of a broker another class loader runs ({@link #handle()}): same port and data, lifecycle delegated. */
    public static EmbeddedKafkaBroker view(Map<String, Object> handle) {
        Remote owner = Remote.of(handle);
        return new EmbeddedKafkaBroker(owner.directory(), true, owner.port(), -1, owner);
    }

    /**
     * Starts a broker.
     *
     * @param logDirectory where topics and metadata live and are kept; {@code null} for a temporary directory
     *                     that is deleted on {@link #close()}
     * @param port         the client (PLAINTEXT) port on 127.0.0.1; {@code 0} picks a free one. The
     *                     controller listener takes another free port. Both are kept across restarts.
     */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port) {
        return start(logDirectory, port, (directory, temporary, clientPort, controllerPort) ->
                new EmbeddedKafkaBroker(directory, temporary, clientPort, controllerPort, null));
    }

    /** Creates the instance of a broker before it starts (for subclasses). */
    protected interface Factory<S extends EmbeddedKafkaBroker> {
        S create(Path directory, boolean temporary, int port, int controllerPort);
    }

    /** {@link #start(Path, int)} with the instance made by {@code factory}. */
    protected static <S extends EmbeddedKafkaBroker> S start(Path logDirectory, int port, Factory<S> factory) {
        QuietLogging.kafka();
        try {
            Path directory = directory(logDirectory, "souveraen-kafka-");
            int clientPort = port == 0 ? FreePorts.find() : port;
            int controllerPort;
            do {
                controllerPort = FreePorts.find();
            } while (controllerPort == clientPort);
            return launch(factory.create(directory, logDirectory == null, clientPort, controllerPort));
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka could not be started", e);
        }
    }

    /** A broker on a temporary directory and a free port. */
    public static EmbeddedKafkaBroker startTemporary() {
        return start(null, 0);
    }

    /**
     * Starts the broker again after {@link #stop()}: same ports, same log directory, same cluster id. Returns
     * when it accepts clients. Does nothing while it runs.
     */
    @Override
    public synchronized void start() {
        if (owner != null) {
            owner.start().run();
            return;
        }
        if (isClosed()) {
            throw new IllegalStateException("Kafka on port " + port + " is closed");
        }
        if (server != null) {
            return;
        }
        QuietLogging.kafka();
        // Kafka loads plug-in classes through the context class loader, and its threads inherit it: both must
        // be this class's loader, not (say) a Quarkus application's that is closed when the application stops
        Thread thread = Thread.currentThread();
        ClassLoader callers = thread.getContextClassLoader();
        thread.setContextClassLoader(EmbeddedKafkaBroker.class.getClassLoader());
        KafkaRaftServer raft = null;
        try {
            formatIfNeeded();
            raft = new KafkaRaftServer(new KafkaConfig(config(), false), Time.SYSTEM);
            raft.startup();
            server = raft;
            awaitReady();
        } catch (Exception e) {
            if (raft != null) {
                shutdown(raft);
            }
            server = null;
            throw new IllegalStateException("Kafka could not be started on " + bootstrapServers()
                    + " with logs in " + directory, e);
        } finally {
            thread.setContextClassLoader(callers);
        }
    }

    /**
     * Stops the broker cleanly and waits until it has stopped; its data stays for {@link #start()}. Clients
     * keep retrying meanwhile. Note that a Kafka 4 producer with the default
     * {@code metadata.recovery.strategy=rebootstrap} forgets the topic metadata when no broker answers and
     * then blocks in {@code send()} (up to {@code max.block.ms}); with {@code none} it buffers (up to
     * {@code delivery.timeout.ms}).
     */
    @Override
    public synchronized void stop() {
        if (owner != null) {
            owner.stop().run();
            return;
        }
        if (server == null) {
            return;
        }
        try {
            shutdown(server);
        } finally {
            server = null;
        }
    }

    /** Whether the broker is running (between {@link #start()} and {@link #stop()}). */
    @Override
    public synchronized boolean isRunning() {
        return owner != null ? owner.running().getAsBoolean() : server != null;
    }

    /** {@code 127.0.0.1:PORT}, for {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return HOST + ":" + port;
    }

    /** The client (PLAINTEXT) port on 127.0.0.1. */
    public int port() {
        return port;
    }

    /** Where topics and metadata live. */
    public Path logDirectory() {
        return directory;
    }

    /** The cluster id written when the log directory was formatted. */
    public String clusterId() {
        Properties meta = new Properties();
        try (InputStream in = Files.newInputStream(directory.resolve("meta.properties"))) {
            meta.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("no meta.properties in " + directory, e);
        }
        return meta.getProperty("cluster.id");
    }

    /**
     * Creates the topics that do not exist yet (idempotent: existing ones are left as they are), with
     * replication factor 1 and the broker's unlimited retention; returns when the controller has them.
     */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = new ArrayList<>();
        for (String name : names) {
            topics.add(new NewTopic(name, partitions, (short) 1));
        }
        try (Admin admin = admin()) {
            for (Map.Entry<String, KafkaFuture<Void>> created : admin.createTopics(topics).values().entrySet()) {
                try {
                    created.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("topic " + created.getKey() + " could not be created", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while creating topics", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not create the topics within 30 s", e);
        }
    }

    /** An admin client for this broker; the caller closes it. */
    public Admin admin() {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
        props.put(AdminClientConfig.CLIENT_ID_CONFIG, "souveraen-testing-admin");
        return Admin.create(props);
    }

    @Override
    public String toString() {
        return "Kafka " + bootstrapServers() + " (" + (temporary ? "temporary " : "") + directory + ")";
    }

    private void formatIfNeeded() throws Exception {
        if (Files.exists(directory.resolve("meta.properties"))) {
            return; // formatted before: keep the data and the cluster id
        }
        new Formatter()
                .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                .setNodeId(NODE_ID)
                .setClusterId(Uuid.randomUuid().toString())
                .setControllerListenerName("CONTROLLER")
                .setMetadataLogDirectory(directory.toString())
                .addDirectory(directory.toString())
                .setHasDynamicQuorum(false) // static voter (controller.quorum.voters): this one node
                .run();
    }

    private Properties config() {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", String.valueOf(NODE_ID));
        p.put("controller.quorum.voters", NODE_ID + "@" + HOST + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + port);
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("log.dirs", directory.toString());
        p.put("metadata.log.dir", directory.toString());
        // one node: everything replicated once
        p.put("default.replication.factor", "1");
        p.put("min.insync.replicas", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "5");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("share.coordinator.state.topic.num.partitions", "5");
        // tests and the local stack: quick groups, topics on first use, nothing ever deleted
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("num.partitions", "3");
        p.put("log.retention.ms", "-1");
        p.put("log.retention.bytes", "-1");
        // small machines: fewer threads, smaller files
        p.put("num.network.threads", "2");
        p.put("num.io.threads", "4");
        p.put("background.threads", "4");
        p.put("num.recovery.threads.per.data.dir", "1");
        p.put("log.segment.bytes", String.valueOf(64 * 1024 * 1024));
        p.put("log.index.size.max.bytes", String.valueOf(1024 * 1024));
        p.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        p.put("broker.heartbeat.interval.ms", "500");
        return p;
    }

    private void awaitReady() throws Exception {
        try (Admin admin = admin()) {
            Waiting.until("the broker's registration", READY_TIMEOUT, Duration.ofMillis(100), Waiting.PARK,
                    () -> !admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty());
        }
    }

    private static void shutdown(KafkaRaftServer raft) {
        raft.shutdown();
        raft.awaitShutdown();
    }
}
