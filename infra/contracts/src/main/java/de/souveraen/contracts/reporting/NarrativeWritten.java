package de.souveraen.contracts.reporting;

import de.souveraen.contracts.EventType;

/**
 * The administration wrote (or replaced) the narrative of one section of a quarterly report before its publication:
 * {@code period} the quarter ({@code 2026-Q3}), {@code section} the report section's key ({@code progress},
 * {@code risks}, {@code decisions}, {@code finances}, {@code trainings}), {@code text} the whole text (plain text,
 * paragraphs separated by blank lines; empty removes the narrative).
 */
@EventType("reporting.NarrativeWritten.v1")
public record NarrativeWritten(String period, String section, String text) implements PublicationEvent {
}
