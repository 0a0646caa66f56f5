package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Angaben zur Person ändern": corrects a member's name or e-mail address (fields named as the service's problems
 * name them, {@code person.familyName}). Shows what is recorded and sends it only
 * while nobody changed it in the meantime (the record's ETag as {@code If-Match}).
 */
@ApplicationScoped
public class UpdatePersonForm extends MemberForm {

    public UpdatePersonForm() {
        super("workgroup/members/{id}/person", new Words("Angaben zur Person ändern", "Change the person's details",
                null, null, "Speichern", "Save", "Die Angaben zur Person sind geändert.",
                "The person's details are changed."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return member(call).map(member -> List.of(
                Form.Field.hidden("etag", member.path("etag").asText()),
                Form.Field.text("person.givenName", lang.pick("Vorname", "Given name"), null, true)
                        .prefilled(member.path("person").path("givenName").asText()),
                Form.Field.text("person.familyName", lang.pick("Nachname", "Family name"), null, true)
                        .prefilled(member.path("person").path("familyName").asText()),
                Form.Field.email("person.email", lang.pick("E-Mail-Adresse", "E-mail address"), null, false)
                        .prefilled(member.path("person").path("email").asText(""))));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("givenName", values.get("person.givenName"));
        body.put("familyName", values.get("person.familyName"));
        body.put("email", values.get("person.email"));
        return Submission.send("workgroup", "PUT", api(call) + "/person", body).header("If-Match", values.get("etag"));
    }
}
