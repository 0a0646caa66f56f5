package de.souveraen.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of {@code ./souveraen bench [--quick] [--events N] [--tenants N] [--only NAME,…] [--out FILE]}
 * and the sizes it selects. {@code --only} runs a subset of the benchmarks ({@link #BENCHMARKS}, all by default).
 */
record Settings(boolean quick, long events, int clients, int pgbenchSeconds, int writeWarmup, int writeSeconds,
        int freshnessSeconds, int freshnessRate, int jsonRequests, int pdfRequests, int tenants, int tenantLoaders,
        int readers, int readWarmup, int readSeconds, Set<String> only, Path out) {
    /** The benchmarks by name, in the order they run. */
    static final List<String> BENCHMARKS = List.of("write", "freshness", "replay", "report", "crowd", "tenants", "start");
    static final String USAGE = "usage: bench [--quick] [--events N] [--tenants N] [--only "
            + String.join(",", BENCHMARKS) + "] [--out FILE]";

    static Settings parse(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        long events = quick ? 100_000 : 1_000_000;
        int tenants = quick ? 20 : 200;
        Set<String> only = new LinkedHashSet<>(BENCHMARKS);
        Path out = Path.of("docs/benchmarks.md");
        try {
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--events" -> events = Long.parseLong(args[++i]);
                    case "--tenants" -> tenants = Integer.parseInt(args[++i]);
                    case "--out" -> out = Path.of(args[++i]);
                    case "--only" -> {
                        only = new LinkedHashSet<>(List.of(args[++i].split(",")));
                        if (!BENCHMARKS.containsAll(only)) {
                            throw new IllegalArgumentException(USAGE);
                        }
                    }
                    case "--quick" -> {
                    }
                    default -> throw new IllegalArgumentException(USAGE);
                }
            }
        } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
            throw new IllegalArgumentException(USAGE);
        }
        if (tenants < 1) {
            throw new IllegalArgumentException(USAGE);
        }
        return quick ? new Settings(true, events, 8, 10, 3, 15, 15, 200, 100, 5, tenants, 16, 8, 5, 20, only, out)
                : new Settings(false, events, 8, 20, 5, 40, 30, 200, 300, 20, tenants, 16, 8, 10, 60, only, out);
    }

    boolean runs(String benchmark) {
        return only.contains(benchmark);
    }
}
