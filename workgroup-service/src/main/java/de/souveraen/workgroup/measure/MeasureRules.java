package de.souveraen.workgroup.measure;

import de.souveraen.contracts.workgroup.Mandate;
import de.souveraen.contracts.workgroup.MeasureDetails;
import de.souveraen.eventstore.domain.Check;
import de.souveraen.eventstore.domain.Violations.Codes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The details of a measure: a title, the mandate, an optional description, who is responsible, the code of the
 * budget line that pays for it (the budget's code format, optional) and at most {@link #MAX_DEPENDENCIES} linked
 * dependencies (each once, in the order given).
 */
final class MeasureRules {
    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_RESPONSIBLE = 200;
    static final int MAX_DEPENDENCIES = 100;
    static final int MAX_MILESTONES = 50;
    static final int MAX_NOTE = 1000;
    /** The budget's line code format (1 to 20 upper-case letters, digits, '.', '_' or '-'). */
    static final Pattern LINE_CODE = Pattern.compile("^[A-Z0-9][A-Z0-9._-]{0,19}$");

    private MeasureRules() {
    }

    static MeasureDetails normalise(MeasureDetails details) {
        Check.present("details", "Die Angaben zur Maßnahme", details);
        String title = Check.text("title", "Der Titel", details.title(), MAX_TITLE);
        Mandate mandate = Check.present("mandate", "Der Auftrag", details.mandate());
        String description = Check.optionalText("description", "Die Beschreibung", details.description(),
                MAX_DESCRIPTION);
        String responsible = Check.text("responsible", "Die verantwortliche Person oder Stelle", details.responsible(),
                MAX_RESPONSIBLE);
        String line = details.budgetLine() == null || details.budgetLine().isBlank() ? null
                : details.budgetLine().trim();
        if (line != null && !LINE_CODE.matcher(line).matches()) {
            throw Check.invalid("invalid-line-code", "budgetLine",
                    "Der Code der Haushaltsposition muss aus 1 bis 20 Großbuchstaben, Ziffern, '.', '_' oder '-' "
                            + "bestehen und mit einem Buchstaben oder einer Ziffer beginnen.",
                    "budgetLine must be 1 to 20 upper-case letters, digits, '.', '_' or '-', starting with a letter "
                            + "or digit.");
        }
        return new MeasureDetails(title, mandate, description, responsible, line, dependencies(details.dependencies()));
    }

    private static List<UUID> dependencies(List<UUID> ids) {
        if (ids == null) {
            return List.of();
        }
        if (ids.size() > MAX_DEPENDENCIES) {
            throw Check.invalid(Codes.TOO_MANY, "dependencies",
                    "Höchstens " + MAX_DEPENDENCIES + " Abhängigkeiten je Maßnahme.",
                    "At most " + MAX_DEPENDENCIES + " dependencies per measure.");
        }
        Set<UUID> once = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            once.add(Check.present("dependencies[" + i + "]", "Die Kennung der Abhängigkeit", ids.get(i)));
        }
        return new ArrayList<>(once);
    }
}
