package de.souveraen.contracts.workgroup;

/**
 * The council's five mandates to the working group (the motion "Digitale Souveränität & Open Source"), and
 * {@link #FURTHER} for any further measure the working group takes on.
 */
public enum Mandate {
    /** Analysis of the municipality's dependencies on proprietary software and foreign providers. */
    ANALYSIS,
    /** A three-year concept for the transition. */
    CONCEPT,
    /** Open-source prototypes in the administration. */
    PROTOTYPES,
    /** Trainings and workshops for administration and council. */
    TRAINING,
    /** Recommendations to the council for the transition. */
    RECOMMENDATIONS,
    /** A further measure beyond the motion's five. */
    FURTHER
}
