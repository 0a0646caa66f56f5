package de.souveraen.inventory.csv;

import java.text.Normalizer;
import java.util.Locale;

/**
 * What makes two CSV rows (or a row and a registered dependency) the same dependency: name and vendor,
 * normalised: Unicode NFKC, lower case, surrounding blanks removed and inner runs of white space collapsed to one
 * blank. So {@code "Microsoft 365 "} by {@code "MICROSOFT  Corporation"} is the same as {@code "microsoft 365"}
 * by {@code "Microsoft Corporation"}, but {@code "Microsoft Corp."} is another vendor (no guessing of legal
 * forms). Importing the same file twice therefore updates instead of duplicating.
 */
public record NaturalKey(String name, String vendor) {

    public static NaturalKey of(String name, String vendor) {
        return new NaturalKey(normalise(name), normalise(vendor));
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
