package de.souveraen.reporting.readmodel;

/** A read-model document: its kind (e.g. {@code budget-bucket}) and id within the kind. */
public record DocKey(String kind, String id) {
}
