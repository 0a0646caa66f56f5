package de.souveraen.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * One PostgreSQL server and one Kafka broker per test JVM, each started on first use (temporary data, free
 * ports on 127.0.0.1) and closed by their shutdown hooks when the JVM exits. Tests isolate themselves by
 * database and topic names, never by servers of their own.
 *
 * <p>JVM-wide, also across class loaders: Quarkus runs every test application (every test profile) in a
 * class loader of its own and closes it when the application stops, so a server owned there would run on
 * with closed classes and start again for the next application. The servers are therefore always owned by
 * the copy of this class in the system class loader; copies in other class loaders get views of the same
 * servers ({@code stop()}/{@code start()} reach the owner).
 *
 * <p>Thread-safe: concurrent first calls start one server. A test may {@code stop()} and {@code start()} a
 * shared instance for a fault test, but must leave it running; {@code close()} on a shared instance does
 * nothing, they are closed by their exit hooks.
 */
public final class SharedInfrastructure {
    private static EmbeddedPostgresServer postgres;
    private static EmbeddedKafkaBroker kafka;

    private SharedInfrastructure() {
    }

    /** The shared PostgreSQL server, started on the first call in the JVM. */
    public static synchronized EmbeddedPostgresServer postgres() {
        if (postgres == null) {
            Class<?> owner = owner();
            if (owner == SharedInfrastructure.class) {
                postgres = EmbeddedPostgresServer.start(null, 0);
                postgres.share();
            } else {
                postgres = EmbeddedPostgresServer.view(handleFrom(owner, "postgresHandle"));
            }
        }
        return postgres;
    }

    /** The shared Kafka broker, started on the first call in the JVM. */
    public static synchronized EmbeddedKafkaBroker kafka() {
        if (kafka == null) {
            Class<?> owner = owner();
            if (owner == SharedInfrastructure.class) {
                kafka = EmbeddedKafkaBroker.start(null, 0);
                kafka.share();
            } else {
                kafka = EmbeddedKafkaBroker.view(handleFrom(owner, "kafkaHandle"));
            }
        }
        return kafka;
    }

    /** Called reflectively from copies of this class in other class loaders; JDK types only. */
    static Map<String, Object> postgresHandle() {
        return postgres().handle();
    }

    /** Called reflectively from copies of this class in other class loaders; JDK types only. */
    static Map<String, Object> kafkaHandle() {
        return kafka().handle();
    }

    /** The copy of this class that owns the servers: the system class loader's, if it can see this module. */
    private static Class<?> owner() {
        try {
            return Class.forName(SharedInfrastructure.class.getName(), true, ClassLoader.getSystemClassLoader());
        } catch (ClassNotFoundException | LinkageError notOnTheSystemClassPath) {
            return SharedInfrastructure.class;
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> handleFrom(Class<?> owner, String method) {
        try {
            Method handle = owner.getDeclaredMethod(method);
            handle.setAccessible(true);
            return (Map<String, Object>) handle.invoke(null);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the shared infrastructure did not start", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the shared infrastructure is out of reach", e);
        }
    }
}
