package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** "Maßnahme anlegen": a measure of the programme with its mandate, responsible, budget line and dependencies. */
@ApplicationScoped
public class DefineMeasureForm extends Measures {

    public DefineMeasureForm() {
        super("workgroup/measures/new", new Words("Maßnahme anlegen", "Define a measure", "Fortschritt ergibt sich "
                + "aus den Meilensteinen; legen Sie diese danach in der Liste der Maßnahmen an.", "Progress follows "
                        + "from the milestones; plan them afterwards in the list of measures.", "Anlegen", "Define",
                "Die Maßnahme ist angelegt.", "The measure is defined."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        return detailFields(call);
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        return Submission.send("workgroup", "POST", "/api/measures", details(values));
    }
}
