package de.souveraen.contracts.workgroup;

/**
 * The events of one measure of the programme (stream {@code measure-<uuid>}): defined, revised, milestones planned,
 * reached or dropped, and closed. Its progress is derived from the milestones, never typed in.
 */
public sealed interface MeasureEvent extends WorkgroupEvent permits MeasureDefined, MeasureRevised, MilestonePlanned,
        MilestoneReached, MilestoneDropped, MeasureClosed {
}
