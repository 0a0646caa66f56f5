package de.souveraen.reporting.municipality;

import de.souveraen.contracts.reporting.CoatOfArmsChanged;
import de.souveraen.contracts.reporting.MunicipalityChanged;
import de.souveraen.contracts.reporting.MunicipalityEvent;
import de.souveraen.contracts.reporting.MunicipalityRegistered;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Decider;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Violations;
import de.souveraen.eventstore.store.Aggregate;
import de.souveraen.eventstore.store.Streams;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registry entry of one municipality (stream {@code municipality-<key>} within that municipality), pure:
 * registered once, then changed; the key follows the kernel's tenant rule and is no word the portal uses as a path.
 */
public final class MunicipalityDecider implements Decider<MunicipalityCommand, Municipality, MunicipalityEvent> {
    public static final Aggregate<MunicipalityCommand, Municipality, MunicipalityEvent> AGGREGATE = new Aggregate<>(
            "municipality", new MunicipalityDecider(), MunicipalityEvent.class);

    /** First path segments of the portal and the service: no municipality may be named like one of them. */
    public static final Set<String> RESERVED = Set.of("api", "q", "admin", "entry", "budget", "dependencies",
            "workgroup", "trainings", "reports", "logout", "portal", "assets", "static", "wappen");
    static final int NAME_MAX = 120;
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

    @Override
    public Municipality initialState() {
        return Municipality.NONE;
    }

    @Override
    public List<MunicipalityEvent> decide(MunicipalityCommand command, Municipality state) {
        if (command instanceof MunicipalityCommand.Register r) {
            String key = key(r.key());
            if (state.registered()) {
                throw new Rejection(Rejection.Kind.CONFLICT, "already-registered", "key",
                        "Die Kommune " + key + " ist bereits eingetragen.",
                        "Municipality " + key + " is already registered.", java.util.Map.of("key", key));
            }
            Data d = data(r.name(), r.councilName(), r.defaultAnnualBudget(), r.roadmapFirst(), r.roadmapLast());
            return List.of(new MunicipalityRegistered(key, d.name, d.council, d.budget, d.first, d.last));
        }
        registered(state);
        if (command instanceof MunicipalityCommand.Change c) {
            Data d = data(c.name(), c.councilName(), c.defaultAnnualBudget(), c.roadmapFirst(), c.roadmapLast());
            MunicipalityChanged changed = new MunicipalityChanged(state.key(), d.name, d.council, d.budget, d.first,
                    d.last);
            return same(state, changed) ? List.of() : List.of(changed);
        }
        MunicipalityCommand.ChangeCoatOfArms a = (MunicipalityCommand.ChangeCoatOfArms) command;
        String type = CoatOfArms.check(a.mediaType(), a.content());
        String sha = sha256(a.content());
        return sha.equals(state.armsSha256()) && type.equals(state.armsType()) ? List.of()
                : List.of(new CoatOfArmsChanged(state.key(), type, Base64.getEncoder().encodeToString(a.content()),
                        sha));
    }

    @Override
    public Municipality evolve(Municipality state, MunicipalityEvent event) {
        if (event instanceof MunicipalityRegistered r) {
            return new Municipality(r.key(), r.name(), r.councilName(), r.defaultAnnualBudget(), r.roadmapFirst(),
                    r.roadmapLast(), null, null, null, true);
        }
        if (event instanceof MunicipalityChanged c) {
            return new Municipality(state.key(), c.name(), c.councilName(), c.defaultAnnualBudget(), c.roadmapFirst(),
                    c.roadmapLast(), state.armsType(), state.armsContent(), state.armsSha256(), true);
        }
        CoatOfArmsChanged a = (CoatOfArmsChanged) event;
        return new Municipality(state.key(), state.name(), state.councilName(), state.defaultAnnualBudget(),
                state.roadmapFirst(), state.roadmapLast(), a.mediaType(), a.content(), a.sha256(), true);
    }

    /** The key as given, checked: the kernel's tenant rule, and no reserved word. */
    public static String key(String key) {
        String k = Check.present("key", "Der Schlüssel", key).trim();
        if (!Streams.validTenant(k)) {
            throw Check.invalid("invalid-key", "key", "Der Schlüssel besteht aus 1 bis 40 Kleinbuchstaben, Ziffern"
                    + " und Bindestrichen (z. B. nettersheim oder der Amtliche Gemeindeschlüssel 05366040).",
                    "The key consists of 1 to 40 lower-case letters, digits and hyphens (e.g. nettersheim or the"
                            + " official municipality key 05366040).");
        }
        if (RESERVED.contains(k)) {
            throw Check.invalid("reserved-key", "key", "Der Schlüssel " + k + " ist ein Pfad des Portals und kann"
                    + " keine Kommune bezeichnen.", "The key " + k + " is a path of the portal and cannot name a"
                            + " municipality.");
        }
        return k;
    }

    private record Data(String name, String council, BigDecimal budget, String first, String last) {
    }

    private static Data data(String name, String council, BigDecimal budget, String first, String last) {
        String n = Check.text("name", "Der Name", name, NAME_MAX);
        String c = Check.text("councilName", "Der Name des Rates", council, NAME_MAX);
        BigDecimal b = Check.optionalAmount("defaultAnnualBudget", "Der Jahresansatz", budget,
                Violations.Sign.NOT_NEGATIVE);
        String f = quarter("roadmapFirst", "Das erste Quartal der Roadmap", first);
        String l = quarter("roadmapLast", "Das letzte Quartal der Roadmap", last);
        if ((f == null) != (l == null)) {
            throw Check.invalid("incomplete-window", f == null ? "roadmapFirst" : "roadmapLast",
                    "Das Roadmap-Fenster braucht sein erstes und sein letztes Quartal.",
                    "The roadmap window needs its first and its last quarter.");
        }
        if (f != null && f.compareTo(l) > 0) {
            throw Check.invalid("window-reversed", "roadmapLast",
                    "Das letzte Quartal der Roadmap liegt vor dem ersten.",
                    "The roadmap's last quarter is before its first.");
        }
        if (f != null && Integer.parseInt(l.substring(0, 4)) - Integer.parseInt(f.substring(0, 4)) > 10) {
            throw Check.invalid("window-too-long", "roadmapLast",
                    "Das Roadmap-Fenster umfasst höchstens zehn Jahre.",
                    "The roadmap window spans at most ten years.");
        }
        return new Data(n, c, b == null ? null : b.setScale(2), f, l);
    }

    private static String quarter(String field, String de, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Matcher m = QUARTER.matcher(value.trim());
        if (!m.matches() || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2100) {
            throw Check.invalid("invalid-quarter", field, de + " ist als Jahr und Quartal anzugeben, z. B. 2026-Q3.",
                    "Give the quarter as year and quarter, e.g. 2026-Q3.");
        }
        return value.trim();
    }

    private static void registered(Municipality state) {
        if (!state.registered()) {
            throw Rejection.notFound("municipality-not-found", "Diese Kommune ist nicht eingetragen.",
                    "This municipality is not registered.");
        }
    }

    private static boolean same(Municipality state, MunicipalityChanged c) {
        return Objects.equals(state.name(), c.name()) && Objects.equals(state.councilName(), c.councilName())
                && Objects.equals(state.defaultAnnualBudget(), c.defaultAnnualBudget())
                && Objects.equals(state.roadmapFirst(), c.roadmapFirst())
                && Objects.equals(state.roadmapLast(), c.roadmapLast());
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
