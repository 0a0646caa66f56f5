package de.souveraen.contracts;

/** Kafka topics of the published language. Key = stream id; unlimited retention; CloudEvents 1.0. */
public final class Topics {
    public static final String INVENTORY = "souveraen.inventory.events";
    public static final String BUDGET = "souveraen.budget.events";
    public static final String WORKGROUP = "souveraen.workgroup.events";
    /** The reporting service's own events: registry of municipalities, narratives, publications. */
    public static final String REPORTING = "souveraen.reporting.events";

    private Topics() {
    }

    /** The dead-letter topic that belongs to a topic consumed by a projection. */
    public static String deadLetter(String topic) {
        return topic + ".dlt";
    }
}
