package de.souveraen.reporting.view;

import java.util.Locale;

/** The portal's and the documents' languages: German first, English second ({@code ?lang=en}). */
public enum Lang {
    DE(Locale.GERMANY), EN(Locale.UK);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    /** {@code en} (any case) is English; everything else, including nothing, is German. */
    public static Lang of(String parameter) {
        return parameter != null && parameter.trim().equalsIgnoreCase("en") ? EN : DE;
    }

    /** Picks the text for this language. */
    public String pick(String german, String english) {
        return this == DE ? german : english;
    }
}
