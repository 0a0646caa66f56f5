package de.souveraen.eventstore.store;

import java.util.regex.Pattern;

/**
 * A stream is named within its municipality (tenant): {@code dependency-<uuid>} of {@code blankenheim} and of
 * {@code nettersheim} are two streams. Inside the kernel (command queue, state cache, idempotency records,
 * consumers' applied versions, Kafka keys) a stream is addressed by its qualified key {@code <tenant>/<stream id>}.
 */
public final class Streams {
    /** A tenant key: lower-case letters, digits and hyphens, 1 to 40 characters (a slug or a Gemeindeschlüssel). */
    public static final Pattern TENANT = Pattern.compile("^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$");

    private Streams() {
    }

    public static boolean validTenant(String tenant) {
        return tenant != null && TENANT.matcher(tenant).matches();
    }

    /** {@code <tenant>/<stream id>}. */
    public static String qualified(String tenant, String streamId) {
        if (!validTenant(tenant)) {
            throw new IllegalArgumentException("not a tenant key: " + tenant);
        }
        return tenant + "/" + streamId;
    }

    public static String tenantOf(String qualified) {
        int slash = qualified.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("not a qualified stream key: " + qualified);
        }
        return qualified.substring(0, slash);
    }

    public static String idOf(String qualified) {
        int slash = qualified.indexOf('/');
        if (slash <= 0) {
            throw new IllegalArgumentException("not a qualified stream key: " + qualified);
        }
        return qualified.substring(slash + 1);
    }
}
