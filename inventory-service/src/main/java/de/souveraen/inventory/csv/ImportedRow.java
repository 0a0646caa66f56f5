package de.souveraen.inventory.csv;

import de.souveraen.contracts.inventory.DependencyDetails;

/** A valid row: its line, its natural key and the details, normalised exactly as the domain stores them. */
public record ImportedRow(int line, NaturalKey key, DependencyDetails details) {
}
