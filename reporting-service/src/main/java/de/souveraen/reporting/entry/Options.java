package de.souveraen.reporting.entry;

import de.souveraen.reporting.view.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Choices of a select field: enumerations always with their German (or English) label, never their code. */
public final class Options {
    private Options() {
    }

    /** "– bitte wählen –" (or "– keine Angabe –" for an optional field), then every value with its label. */
    public static <E extends Enum<E>> List<Form.Option> of(Class<E> type, Lang lang, boolean required,
            Function<E, String> label) {
        List<Form.Option> options = new ArrayList<>();
        options.add(new Form.Option("", required ? lang.pick("– bitte wählen –", "– please choose –")
                : lang.pick("– keine Angabe –", "– not stated –"), true));
        for (E value : type.getEnumConstants()) {
            options.add(new Form.Option(value.name(), label.apply(value), false));
        }
        return options;
    }
}
