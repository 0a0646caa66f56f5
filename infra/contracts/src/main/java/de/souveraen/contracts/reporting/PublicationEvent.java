package de.souveraen.contracts.reporting;

/**
 * The events of one quarterly report's publication (stream {@code publication-<period>} within a municipality): the
 * administration's narrative per section while the report is a draft, then the publication itself. They travel on the reporting service's topic so that other services (the working group's OParl body) list the
 * published report without calling the reporting service.
 */
public sealed interface PublicationEvent extends ReportingEvent permits ReportPublished, NarrativeWritten {

    /** The reporting quarter, {@code 2026-Q3}. */
    String period();
}
