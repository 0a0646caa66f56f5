package de.souveraen.contracts.reporting;

import de.souveraen.contracts.DomainEvent;

/**
 * The published language of the reporting context: the registry of the municipalities (tenants) an installation
 * serves ("Kommunen"), kept by the reporting service in its own event store. Each municipality is one stream
 * {@code municipality-<key>} within that municipality, and the publications of the quarterly reports.
 */
public sealed interface ReportingEvent extends DomainEvent permits MunicipalityEvent, PublicationEvent {
}
