package de.souveraen.inventory.alternative;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import de.souveraen.contracts.Json;
import de.souveraen.contracts.inventory.Category;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The catalogue of open-source alternatives shipped with the service, by category. Immutable; loaded once.
 */
public final class AlternativeCatalogue {
    public static final String RESOURCE = "/inventory/alternatives.json";
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** The file's shape: when it was compiled, where it comes from, a caveat and the entries. */
    public record CatalogueFile(String asOf, String notice, List<String> sources, List<CatalogueEntry> entries) {
    }

    private final CatalogueFile file;
    private final Map<String, CatalogueEntry> byId;

    private AlternativeCatalogue(CatalogueFile file) {
        this.file = file;
        Map<String, CatalogueEntry> ids = new LinkedHashMap<>();
        for (CatalogueEntry entry : file.entries()) {
            if (entry.id() == null || !ID.matcher(entry.id()).matches()) {
                throw new IllegalArgumentException("catalogue id must be lower-case-with-dashes: " + entry.id());
            }
            if (entry.name() == null || entry.name().isBlank() || entry.categories().isEmpty()) {
                throw new IllegalArgumentException("catalogue entry " + entry.id() + " needs a name and a category");
            }
            if (ids.put(entry.id(), entry) != null) {
                throw new IllegalArgumentException("catalogue id repeated: " + entry.id());
            }
        }
        this.byId = Collections.unmodifiableMap(ids);
    }

    public static AlternativeCatalogue shipped() {
        try (InputStream in = AlternativeCatalogue.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a catalogue; unknown members and unknown categories are errors, not silently dropped. */
    public static AlternativeCatalogue load(InputStream json) throws IOException {
        ObjectReader reader = Json.mapper().readerFor(CatalogueFile.class)
                .with(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        CatalogueFile file = reader.readValue(json);
        return new AlternativeCatalogue(new CatalogueFile(file.asOf(), file.notice(),
                file.sources() == null ? List.of() : List.copyOf(file.sources()),
                file.entries() == null ? List.of() : List.copyOf(file.entries())));
    }

    public String asOf() {
        return file.asOf();
    }

    public String notice() {
        return file.notice();
    }

    public List<String> sources() {
        return file.sources();
    }

    public List<CatalogueEntry> entries() {
        return file.entries();
    }

    public Optional<CatalogueEntry> find(String id) {
        return id == null ? Optional.empty() : Optional.ofNullable(byId.get(id));
    }

    /** The entries that serve a category, in catalogue order (openDesk components first within the file). */
    public List<CatalogueEntry> forCategory(Category category) {
        return file.entries().stream().filter(entry -> entry.categories().contains(category)).toList();
    }
}
