package de.souveraen.reporting.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Json;
import de.souveraen.reporting.readmodel.Docs;
import de.souveraen.reporting.report.QuarterlyReport.Correction;
import de.souveraen.reporting.report.QuarterlyReport.Meta;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Builds the quarterly report from read-model documents only (pure): business time up to the quarter's end.
 * Each section has its own builder ({@link ProgressSection}, {@link RisksAndOpportunitiesSection},
 * {@link UpcomingDecisionsSection}, {@link FinancesSection}, {@link TrainingsSection}, {@link ExposureSection}
 * (jurisdiction exposure), and {@link MetaSection}
 * for the meta); this class composes them and seals the content. The same documents give the same content and
 * the same SHA-256 hash (over the canonical JSON without {@code generatedAt}, the hash itself and the
 * publication fields).
 */
public final class ReportBuilder {
    public static final List<String> KINDS = List.of(Docs.BUDGET_BUCKET, Docs.BUDGET_LINE, Docs.OVER_PLAN,
            Docs.BUDGET_PLAN, Docs.DEPENDENCY, Docs.RISK, Docs.OPPORTUNITY, Docs.PROPOSAL, Docs.DECISION,
            Docs.TRAINING, Docs.EVENT_COUNT, Docs.MEASURE, Docs.MEETING, Docs.ACTION_ITEM, Docs.FREEZE,
            Docs.CARRY_OVER, Docs.EXPOSURE);

    private ReportBuilder() {
    }

    public static QuarterlyReport build(Period period, Map<String, List<JsonNode>> docs, Instant generatedAt,
            List<Correction> corrections) {
        QuarterlyReport content = new QuarterlyReport(
                MetaSection.of(period, docs),
                ProgressSection.of(period, docs),
                RisksAndOpportunitiesSection.of(period, docs),
                UpcomingDecisionsSection.of(period, docs),
                FinancesSection.of(period, docs),
                TrainingsSection.of(period, docs),
                corrections,
                ExposureSection.of(period, docs));
        String hash = hash(content);
        Meta meta = content.meta();
        return new QuarterlyReport(new Meta(meta.period(), meta.from(), meta.to(), meta.asOf(), generatedAt,
                meta.events(), hash, false, null), content.progress(), content.risksAndOpportunities(),
                content.upcomingDecisions(), content.finances(), content.trainings(), content.corrections(),
                content.exposure());
    }

    /** SHA-256 over the canonical JSON of the content (generatedAt, hash and publication fields left out). */
    public static String hash(QuarterlyReport report) {
        ObjectNode tree = Json.mapper().valueToTree(report);
        ObjectNode meta = (ObjectNode) tree.get("meta");
        meta.remove(List.of("generatedAt", "contentHash", "published", "publishedAt"));
        if (tree.path("exposure").isNull()) {
            tree.remove("exposure"); // reports from before the exposure keep their hash
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(Json.text(tree).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What changed in a published quarter since its publication: the finance figures, per line and in total. */
    public static List<Correction> corrections(QuarterlyReport published, QuarterlyReport now) {
        return CorrectionsSection.between(published, now);
    }
}
