package de.souveraen.reporting.municipality;

import com.fasterxml.jackson.core.JsonProcessingException;
import de.souveraen.contracts.Json;
import de.souveraen.eventstore.quarkus.KernelConfig;
import de.souveraen.eventstore.store.Streams;
import de.souveraen.eventstore.store.Versioned;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The municipalities of the installation as the pages need them: name, council name and coat of arms of a tenant,
 * from the registry table ({@code rm_municipality}) held in memory (a few hundred rows at most). The copy is loaded at
 * start, reloaded after every change through this service and, for other replicas' changes, at most
 * {@link #MAX_AGE} after it was loaded. A municipality the provider never registered gets the name derived from its
 * key ({@link Municipality#derived}).
 */
@ApplicationScoped
public class Municipalities {
    static final Duration MAX_AGE = Duration.ofSeconds(30);

    private final Pool pool;
    private final KernelConfig.Tenancy tenancy;
    private volatile Map<String, Versioned<Municipality>> registered = Map.of();
    private volatile long loadedAt;
    private final AtomicBoolean loading = new AtomicBoolean();

    Municipalities(Pool pool, KernelConfig config) {
        this.pool = pool;
        this.tenancy = config.tenancy();
    }

    void load(@Observes StartupEvent start) {
        reload().await().atMost(Duration.ofSeconds(30));
    }

    /** Reads the registry table again (after a change). */
    public Uni<Void> reload() {
        return pool.query("select tenant, version, doc::text from rm_municipality").execute().map(rows -> {
            Map<String, Versioned<Municipality>> all = new HashMap<>();
            for (Row row : rows) {
                all.put(row.getString(0), new Versioned<>(row.getLong(1), read(row.getString(2))));
            }
            registered = Map.copyOf(all);
            loadedAt = System.nanoTime();
            return null;
        }).replaceWithVoid();
    }

    /** The municipality of {@code tenant}: as registered, else derived from the key. */
    public Municipality of(String tenant) {
        return entry(tenant).map(Versioned::state).orElseGet(() -> Municipality.derived(tenant));
    }

    /** The registry entry of {@code tenant} with its version, if the provider registered it. */
    public Optional<Versioned<Municipality>> entry(String tenant) {
        if (System.nanoTime() - loadedAt > MAX_AGE.toNanos() && loading.compareAndSet(false, true)) {
            reload().onTermination().invoke(() -> loading.set(false)).subscribe().with(ok -> {
            }, failure -> {
            });
        }
        return Optional.ofNullable(registered.get(tenant));
    }

    /** Every registered municipality, by key. */
    public Uni<List<Versioned<Municipality>>> all() {
        return pool.query("select version, doc::text from rm_municipality order by tenant").execute().map(rows -> {
            List<Versioned<Municipality>> list = new ArrayList<>();
            for (Row row : rows) {
                list.add(new Versioned<>(row.getLong(0), read(row.getString(1))));
            }
            return list;
        });
    }

    /**
     * Whether the installation serves {@code tenant}: a valid key that is registered, the installation's default
     * municipality, or one whose events the read models hold. Anything else is answered 404.
     */
    public Uni<Boolean> known(String tenant) {
        if (!Streams.validTenant(tenant) || MunicipalityDecider.RESERVED.contains(tenant)) {
            return Uni.createFrom().item(false);
        }
        if (tenant.equals(tenancy.defaultTenant()) || entry(tenant).isPresent()) {
            return Uni.createFrom().item(true);
        }
        return pool.preparedQuery("select exists (select 1 from rm_version where tenant = $1)"
                        + " or exists (select 1 from rm_publication where tenant = $1)")
                .execute(Tuple.of(tenant)).map(rows -> rows.iterator().next().getBoolean(0));
    }

    /** The installation's default municipality (the one of tokens without the claim and of anonymous visitors). */
    public String defaultTenant() {
        return tenancy.defaultTenant();
    }

    /**
     * The municipality of an already resolved caller, by the kernel's rule ({@code CurrentTenant}): the token's claim,
     * the default municipality for a token without it; {@code null} for an anonymous caller and for a token that
     * names none while the installation requires the claim (a provider), or names an invalid one.
     */
    public String ownTenant(SecurityIdentity who) {
        if (who == null || who.isAnonymous()) {
            return null;
        }
        Object claim = who.getPrincipal() instanceof JsonWebToken jwt ? jwt.getClaim(tenancy.claim()) : null;
        String value = claim == null ? null : claim.toString().trim();
        if (value == null || value.isEmpty()) {
            return tenancy.claimRequired() ? null : tenancy.defaultTenant();
        }
        return Streams.validTenant(value) ? value : null;
    }

    /** The municipality whose public pages an unprefixed URL shows to {@code who}: its own, else the default one. */
    public String publicTenant(SecurityIdentity who) {
        String own = ownTenant(who);
        return own == null ? tenancy.defaultTenant() : own;
    }

    private static Municipality read(String json) {
        try {
            return Json.mapper().readValue(json, Municipality.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable registry row", e);
        }
    }
}
