package de.souveraen.contracts.workgroup;

/** Where a measure stands: running until it is completed (every milestone reached) or stopped. */
public enum MeasureStatus {
    ACTIVE,
    COMPLETED,
    STOPPED
}
