package de.souveraen.contracts.reporting;

import de.souveraen.contracts.EventType;

/**
 * A registered municipality's coat of arms was uploaded: a small picture ({@code mediaType} {@code image/png} or
 * {@code image/svg+xml}), its bytes Base64-encoded in {@code content}, their SHA-256 in {@code sha256} (hex).
 */
@EventType("reporting.CoatOfArmsChanged.v1")
public record CoatOfArmsChanged(String key, String mediaType, String content, String sha256)
        implements MunicipalityEvent {
}
