package de.souveraen.bench;

import de.souveraen.embedded.ChildProcess;
import de.souveraen.stack.Launcher;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the benchmarks of one run share: the settings, the stack they run against, the client, and the report they
 * add to (summary rows and detail sections, in the order the benchmarks run).
 */
final class BenchRun {
    static final String ADMIN = "verwaltung";
    static final String COUNCIL = "rat";
    /** The installation's provider: rebuilds the read models of every municipality. */
    static final String PROVIDER = "provider";
    /** The fiscal year the write-path benchmark books into. */
    static final int WRITE_YEAR = 2024;
    /** The fiscal year the freshness benchmark books into. */
    static final int FRESH_YEAR = 2025;

    final Settings settings;
    final Path root;
    final Path data;
    final Launcher launcher;
    /** Set once the stack is up. */
    Api api;
    /** Rows of the summary table: target, measured, ratio, target value, verdict. */
    final List<String[]> summary = new ArrayList<>();
    /** The details section. */
    final StringBuilder details = new StringBuilder();
    /** Services a benchmark stopped and started again itself; stopped at the end of the run. */
    final List<ChildProcess> restarted = new ArrayList<>();

    BenchRun(Settings settings, Path root, Path data) {
        this.settings = settings;
        this.root = root;
        this.data = data;
        this.launcher = new Launcher(root, data, Launcher.defaultCache(), Launcher.Ports.free());
    }

    static String expense(int year, long cents, String ref) {
        return "{\"lineCode\":\"ANALYSE\",\"amount\":" + BigDecimal.valueOf(cents, 2).toPlainString()
                + ",\"bookedOn\":\"" + year + "-11-15\",\"vendor\":\"Bench GmbH\",\"description\":\"Benchmark\","
                + "\"invoiceRef\":\"" + ref + "\"}";
    }
}
