package de.souveraen.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine the figures come from: CPU, cores, RAM, JDK, OS (read from /proc and the JVM). */
final class Machine {
    private Machine() {
    }

    static String describe() {
        String cpu = first(Path.of("/proc/cpuinfo"), "model name").orElse("unknown CPU");
        String mem = first(Path.of("/proc/meminfo"), "MemTotal").orElse("?");
        String os = first(Path.of("/etc/os-release"), "PRETTY_NAME").map(v -> v.replace("\"", ""))
                .orElse(System.getProperty("os.name"));
        String digits = mem.replaceAll("[^0-9]", "");
        long kib = digits.isEmpty() ? 0 : Long.parseLong(digits);
        String load = read(Path.of("/proc/loadavg")).map(String::trim).orElse("?");
        return String.format(Locale.ROOT, "- CPU: %s, %d cores available to the JVM%n- RAM: %.1f GB%n"
                        + "- JDK: %s %s (%s)%n- OS: %s, kernel %s (%s)%n- Load average before the run (1/5/15 min,"
                        + " running/total tasks): %s%n- Shared machine: other builds may run at the same time; the"
                        + " figures are from one run, not averaged.",
                cpu, Runtime.getRuntime().availableProcessors(), kib / 1024.0 / 1024.0,
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), os, System.getProperty("os.version"), System.getProperty("os.arch"),
                load);
    }

    private static java.util.Optional<String> first(Path file, String key) {
        return read(file).flatMap(text -> text.lines().filter(l -> l.startsWith(key))
                .map(l -> l.substring(l.indexOf(l.contains(":") ? ':' : '=') + 1).trim()).findFirst());
    }

    private static java.util.Optional<String> read(Path file) {
        try {
            return java.util.Optional.of(Files.readString(file));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

}
