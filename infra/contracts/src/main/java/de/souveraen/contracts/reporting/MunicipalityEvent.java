package de.souveraen.contracts.reporting;

/** The events of one municipality's registry entry; every event names the municipality's {@code key}. */
public sealed interface MunicipalityEvent extends ReportingEvent permits MunicipalityRegistered, MunicipalityChanged,
        CoatOfArmsChanged {

    String key();
}
