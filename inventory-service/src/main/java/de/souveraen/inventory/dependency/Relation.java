package de.souveraen.inventory.dependency;

import de.souveraen.contracts.inventory.RelationType;
import java.util.UUID;

/** This dependency runs on or needs {@code targetId}. */
public record Relation(RelationType type, UUID targetId) {
}
