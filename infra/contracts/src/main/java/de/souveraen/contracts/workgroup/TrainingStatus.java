package de.souveraen.contracts.workgroup;

/** PLANNED → HELD, or PLANNED → CANCELLED. */
public enum TrainingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
