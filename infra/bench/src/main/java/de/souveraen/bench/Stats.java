package de.souveraen.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Latency samples and the few statistics the report needs (nearest-rank percentiles, no interpolation). */
public final class Stats {
    private final double[] sorted;

    private Stats(double[] values) {
        this.sorted = values.clone();
        Arrays.sort(this.sorted);
    }

    public static Stats of(List<? extends Number> values) {
        return new Stats(values.stream().mapToDouble(Number::doubleValue).toArray());
    }

    public static Stats of(double... values) {
        return new Stats(values);
    }

    public int count() {
        return sorted.length;
    }

    /** The nearest-rank percentile {@code p} (0 &lt; p ≤ 100): the smallest value with at least p % at or below it. */
    public double percentile(double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("percentile out of (0, 100]: " + p);
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double min() {
        return sorted.length == 0 ? Double.NaN : sorted[0];
    }

    public double max() {
        return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1];
    }

    public double mean() {
        return sorted.length == 0 ? Double.NaN : Arrays.stream(sorted).sum() / sorted.length;
    }

    /** Events per second for {@code count} events in {@code nanos}. */
    public static double rate(long count, long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException("no time elapsed");
        }
        return count * 1e9 / nanos;
    }

    /** {@code measured / baseline}, NaN when there is no baseline. */
    public static double ratio(double measured, double baseline) {
        return baseline > 0 ? measured / baseline : Double.NaN;
    }

    /** "met" / "missed" against a lower bound ({@code atLeast}) or an upper bound. */
    public static String verdict(double value, double bound, boolean atLeast) {
        if (Double.isNaN(value)) {
            return "not measured";
        }
        return (atLeast ? value >= bound : value <= bound) ? "**met**" : "**missed**";
    }

    public static String f(double value, int decimals) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,." + decimals + "f", value);
    }
}
