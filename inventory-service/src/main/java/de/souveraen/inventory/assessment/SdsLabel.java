package de.souveraen.inventory.assessment;

import de.souveraen.contracts.inventory.InventoryLabels;
import java.math.BigDecimal;

/**
 * A five-step label in the style of Munich's "Score für Digitale Souveränität" (SDS, IT-Referat München with
 * TU München, 2025/26): like the Nutri-Score, 1 is best (most sovereign) and 5 most critical. Munich derives its
 * SDS from its own questionnaire; this is our documented mapping of the EU framework's result onto the same
 * five steps (see {@code inventory/scoring.md}):
 *
 * <ol>
 * <li>a band from the score: ≥ 80 → 1, ≥ 60 → 2, ≥ 40 → 3, ≥ 20 → 4, below 20 → 5;</li>
 * <li>a floor from the overall SEAL level (the weakest objective): SEAL-0 → at best 4, SEAL-1 → at best 3,
 * SEAL-2 → at best 2, SEAL-3 or SEAL-4 → no floor;</li>
 * <li>SDS = the worse (higher) of the two.</li>
 * </ol>
 * So one objective without any assurance keeps a dependency in the critical range however good the rest is,
 * in the spirit of the framework's rule that the lowest objective bounds the overall level.
 */
public enum SdsLabel {
    SDS_1(1), SDS_2(2), SDS_3(3), SDS_4(4), SDS_5(5);

    private final int step;

    SdsLabel(int step) {
        this.step = step;
    }

    public int step() {
        return step;
    }

    /** German name of the step, from {@link InventoryLabels#sds(int)}. */
    public String de() {
        return InventoryLabels.sds(step).de();
    }

    public String en() {
        return InventoryLabels.sds(step).en();
    }

    public static SdsLabel ofStep(int step) {
        for (SdsLabel label : values()) {
            if (label.step == step) {
                return label;
            }
        }
        throw new IllegalArgumentException("SDS step must be 1..5, got " + step);
    }

    /** The mapping described above; {@code score} 0..100, {@code sealLevel} 0..4. */
    public static SdsLabel of(BigDecimal score, int sealLevel) {
        int band;
        if (score.compareTo(BigDecimal.valueOf(80)) >= 0) {
            band = 1;
        } else if (score.compareTo(BigDecimal.valueOf(60)) >= 0) {
            band = 2;
        } else if (score.compareTo(BigDecimal.valueOf(40)) >= 0) {
            band = 3;
        } else if (score.compareTo(BigDecimal.valueOf(20)) >= 0) {
            band = 4;
        } else {
            band = 5;
        }
        int floor = Math.max(1, 4 - sealLevel);
        return ofStep(Math.max(band, floor));
    }
}
