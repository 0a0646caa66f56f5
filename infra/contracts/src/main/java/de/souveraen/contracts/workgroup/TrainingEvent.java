package de.souveraen.contracts.workgroup;

/**
 * The events of one training or workshop (stream {@code training-<uuid>}): planning, revision, holding, feedback,
 * outcomes, cancellation.
 */
public sealed interface TrainingEvent extends WorkgroupEvent permits TrainingPlanned, TrainingRevised, TrainingHeld,
        TrainingFeedbackRecorded, TrainingOutcomesRecorded, TrainingCancelled {
}
