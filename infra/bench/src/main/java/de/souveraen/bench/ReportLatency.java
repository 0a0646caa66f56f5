package de.souveraen.bench;

import static de.souveraen.bench.BenchRun.COUNCIL;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * 4. Report latency: the quarterly report as JSON and as PDF, sequential requests on the history the replay wrote.
 */
final class ReportLatency {
    private final Settings settings;
    private final Api api;
    private final List<String[]> summary;
    private final StringBuilder details;

    ReportLatency(BenchRun run) {
        this.settings = run.settings;
        this.api = run.api;
        this.summary = run.summary;
        this.details = run.details;
    }

    /** @param history how many events the reports are computed from */
    void run(long history) {
        System.out.println("report latency …");
        String period = "2026-Q4";
        for (int i = 0; i < 5; i++) {
            api.get("reporting", "/api/reports/" + period, COUNCIL);
            api.getBytes("reporting", "/reports/" + period + ".pdf", COUNCIL);
        }
        List<Double> json = new ArrayList<>();
        int jsonBytes = 0;
        for (int i = 0; i < settings.jsonRequests(); i++) {
            Api.Reply r = api.get("reporting", "/api/reports/" + period, COUNCIL);
            if (r.status() != 200) {
                throw new IllegalStateException("report: " + r);
            }
            jsonBytes = r.body().length();
            json.add(r.nanos() / 1e6);
        }
        List<Double> pdf = new ArrayList<>();
        String pdfSize = "";
        for (int i = 0; i < settings.pdfRequests(); i++) {
            Api.Reply r = api.getBytes("reporting", "/reports/" + period + ".pdf", COUNCIL);
            if (r.status() != 200) {
                throw new IllegalStateException("pdf: " + r);
            }
            pdfSize = r.body();
            pdf.add(r.nanos() / 1e6);
        }
        Stats j = Stats.of(json);
        Stats p = Stats.of(pdf);
        details.append("### 4. Report latency with ").append(history).append(" events of history\n\n`GET /api/reports/")
                .append(period).append("` (").append(jsonBytes).append(" characters), ").append(json.size())
                .append(" sequential requests after 5 warm-ups: p50 ").append(Stats.f(j.percentile(50), 1))
                .append(" ms, **p95 ").append(Stats.f(j.percentile(95), 1)).append(" ms**, max ")
                .append(Stats.f(j.max(), 1)).append(" ms. `GET /reports/").append(period).append(".pdf` (")
                .append(pdfSize).append("), ").append(pdf.size()).append(" requests: p50 ")
                .append(Stats.f(p.percentile(50), 0)).append(" ms, **p95 ").append(Stats.f(p.percentile(95), 0))
                .append(" ms**, max ").append(Stats.f(p.max(), 0)).append(" ms.\n\n");
        summary.add(new String[] {"Report JSON p95 (" + history + " events of history)",
                Stats.f(j.percentile(95), 1) + " ms", "–", "≤ 50 ms", Stats.verdict(j.percentile(95), 50, false)});
        summary.add(new String[] {"Report PDF p95 (" + history + " events of history)",
                Stats.f(p.percentile(95), 0) + " ms", "–", "≤ 1500 ms", Stats.verdict(p.percentile(95), 1500, false)});
    }
}
