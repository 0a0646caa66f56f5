package de.souveraen.contracts.workgroup;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What describes a training or workshop: {@code hours} is its length in hours (scale 2, per participant),
 * {@code audience} the groups addressed (in enum order, no duplicates), {@code topics} free keywords,
 * {@code provider} who held it (null when unknown).
 */
public record TrainingDetails(String title, LocalDate date, TrainingFormat format, List<Audience> audience,
        BigDecimal hours, List<String> topics, String provider) {

    public TrainingDetails {
        audience = WorkgroupLists.copy(audience);
        topics = WorkgroupLists.copy(topics);
    }
}
