package de.souveraen.workgroup.publication;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings of the OParl feed ({@code souveraen.oparl.*}), e.g. {@code SOUVERAEN_OPARL_PORTAL_URL=https://rat.example.org}.
 */
@ConfigMapping(prefix = "souveraen.oparl")
public interface OParlConfig {
    /**
     * The portal's public base URL (reporting service, no trailing slash): a published report's PDF is at this URL
     * plus the report's {@code pdfPath}, the access and download URL of its OParl File.
     */
    @WithDefault("http://localhost:8080")
    String portalUrl();
}
