package de.souveraen.contracts.workgroup;

import java.util.List;
import java.util.UUID;

/**
 * What describes a measure ("Maßnahme") of the programme: its title, the mandate of the motion it serves, what it
 * is about, who is responsible (a person or a unit, as text), the budget line that pays for it (its code, null when
 * none) and the dependencies of the inventory it concerns (their ids, no duplicates, in the order given).
 */
public record MeasureDetails(String title, Mandate mandate, String description, String responsible,
        String budgetLine, List<UUID> dependencies) {

    public MeasureDetails {
        dependencies = WorkgroupLists.copy(dependencies);
    }
}
