package de.souveraen.eventstore.store;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * The key of a row of a current-state table ({@link StateTable}): the municipality and the id of the aggregate (or
 * of a part of it), for {@code @IdClass} of the services' row entities.
 */
public class TenantKey implements Serializable {
    public String tenant;
    public UUID id;

    public TenantKey() {
    }

    public TenantKey(String tenant, UUID id) {
        this.tenant = tenant;
        this.id = id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantKey key && Objects.equals(tenant, key.tenant) && Objects.equals(id, key.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, id);
    }
}
