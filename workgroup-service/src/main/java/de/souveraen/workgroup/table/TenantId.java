package de.souveraen.workgroup.table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The key of a current-state row: the municipality and the aggregate's (or part's) id. */
public class TenantId implements Serializable {
    public String tenant;
    public UUID id;

    public TenantId() {
    }

    public TenantId(String tenant, UUID id) {
        this.tenant = tenant;
        this.id = id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TenantId that && Objects.equals(tenant, that.tenant) && Objects.equals(id, that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hash(tenant, id);
    }
}
