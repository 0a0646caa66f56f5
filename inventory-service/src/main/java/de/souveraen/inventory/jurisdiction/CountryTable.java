package de.souveraen.inventory.jurisdiction;

import de.souveraen.contracts.inventory.Adequacy;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import de.souveraen.eventstore.domain.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The shipped country table ({@code inventory/countries.csv}): ISO 3166-1 alpha-2 code → EU/EEA membership,
 * adequacy status and the extraterritorial-access flag. Immutable; loaded once and handed to the deciders.
 */
public final class CountryTable {
    public static final String RESOURCE = "/inventory/countries.csv";
    private static final Pattern ALPHA2 = Pattern.compile("[A-Za-z]{2}");
    private static final List<String> HEADER = List.of("code", "alpha3", "name_de", "name_en", "eu", "eea", "adequacy",
            "extraterritorial", "aliases", "note");

    private final Map<String, Country> byCode;
    private final Map<String, Country> byName;

    private CountryTable(Map<String, Country> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<String, Country> names = new LinkedHashMap<>();
        for (Country country : byCode.values()) {
            names.putIfAbsent(key(country.nameDe()), country);
            names.putIfAbsent(key(country.nameEn()), country);
            names.putIfAbsent(key(country.alpha3()), country);
            country.aliases().forEach(alias -> names.putIfAbsent(key(alias), country));
        }
        this.byName = Collections.unmodifiableMap(names);
    }

    /** The table shipped with the service. */
    public static CountryTable shipped() {
        try (InputStream in = CountryTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the table format: UTF-8, {@code ;} separated, {@code #} comment lines, one header line. */
    public static CountryTable parse(String text) {
        Map<String, Country> countries = new LinkedHashMap<>();
        boolean header = true;
        int lineNumber = 0;
        for (String line : text.split("\r?\n")) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = Arrays.asList(line.split(";", -1));
            if (header) {
                if (!cells.equals(HEADER)) {
                    throw new IllegalArgumentException("country table: header must be " + String.join(";", HEADER));
                }
                header = false;
                continue;
            }
            if (cells.size() != HEADER.size()) {
                throw new IllegalArgumentException("country table line " + lineNumber + ": expected " + HEADER.size()
                        + " cells, found " + cells.size());
            }
            String code = cells.get(0);
            if (!code.matches("[A-Z]{2}") || countries.containsKey(code)) {
                throw new IllegalArgumentException("country table line " + lineNumber + ": bad or repeated code " + code);
            }
            List<String> aliases = cells.get(8).isBlank() ? List.of() : List.of(cells.get(8).split("\\|"));
            countries.put(code, new Country(code, cells.get(1), cells.get(2), cells.get(3), yes(cells.get(4), lineNumber),
                    yes(cells.get(5), lineNumber), Adequacy.valueOf(cells.get(6)), yes(cells.get(7), lineNumber), aliases,
                    cells.get(9)));
        }
        return new CountryTable(countries);
    }

    private static boolean yes(String cell, int line) {
        if (cell.equals("yes")) {
            return true;
        }
        if (cell.equals("no")) {
            return false;
        }
        throw new IllegalArgumentException("country table line " + line + ": expected yes or no, found " + cell);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.GERMAN);
    }

    public Collection<Country> all() {
        return byCode.values();
    }

    /** The country with this alpha-2 code (any case). */
    public Optional<Country> byCode(String code) {
        if (code == null || !ALPHA2.matcher(code.strip()).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(byCode.get(code.strip().toUpperCase(Locale.ROOT)));
    }

    /** The country by alpha-2 code, alpha-3 code, German or English name or an alias (for the CSV import). */
    public Optional<Country> resolve(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<Country> byCode = byCode(text);
        return byCode.isPresent() ? byCode : Optional.ofNullable(byName.get(key(text)));
    }

    /**
     * The jurisdiction flags of a vendor country; an unknown or malformed code is refused with 422
     * {@code unknown-country} on field {@code vendorCountry}.
     */
    public JurisdictionFlags flags(String vendorCountry) {
        return byCode(vendorCountry).map(Country::flags).orElseThrow(() -> Rejection.invalid("unknown-country",
                "vendorCountry",
                "Unbekannter Ländercode „" + vendorCountry + "“: erwartet wird ein Code nach ISO 3166-1 alpha-2, z. B. DE.",
                "Unknown country code '" + vendorCountry + "': expected ISO 3166-1 alpha-2, e.g. DE."));
    }
}
