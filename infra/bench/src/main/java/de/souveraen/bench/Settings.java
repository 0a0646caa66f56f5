package de.souveraen.bench;

import java.nio.file.Path;
import java.util.List;

/** The command line of {@code ./souveraen bench [--quick] [--events N] [--out FILE]} and the sizes it selects. */
record Settings(boolean quick, long events, int clients, int pgbenchSeconds, int writeWarmup, int writeSeconds,
        int freshnessSeconds, int freshnessRate, int jsonRequests, int pdfRequests, Path out) {
    static Settings parse(String[] args) {
        boolean quick = List.of(args).contains("--quick");
        long events = quick ? 100_000 : 1_000_000;
        Path out = Path.of("docs/benchmarks.md");
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--events")) {
                events = Long.parseLong(args[++i]);
            } else if (args[i].equals("--out")) {
                out = Path.of(args[++i]);
            } else if (!args[i].equals("--quick")) {
                throw new IllegalArgumentException("usage: bench [--quick] [--events N] [--out FILE]");
            }
        }
        return quick ? new Settings(true, events, 8, 10, 3, 15, 15, 200, 100, 5, out)
                : new Settings(false, events, 8, 20, 5, 40, 30, 200, 300, 20, out);
    }
}
