package de.souveraen.workgroup.training;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** Feedback so far: number of responses and the sum of their scores (1–5); the average has two decimals, half up. */
public record Satisfaction(int responses, int scoreSum) {
    public static final Satisfaction NONE = new Satisfaction(0, 0);
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 5;

    public Satisfaction plus(List<Integer> scores) {
        return new Satisfaction(responses + scores.size(), scoreSum + scores.stream().mapToInt(Integer::intValue).sum());
    }

    /** Null without responses. */
    public BigDecimal average() {
        if (responses == 0) {
            return null;
        }
        return BigDecimal.valueOf(scoreSum).divide(BigDecimal.valueOf(responses), 2, RoundingMode.HALF_UP);
    }
}
