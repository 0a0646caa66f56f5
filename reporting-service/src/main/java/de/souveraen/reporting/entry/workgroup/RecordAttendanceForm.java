package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.contracts.workgroup.AttendanceStatus;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.EntryForm;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Anwesenheit erfassen": one choice per member of the working group on the meeting's day (anwesend, entschuldigt,
 * unentschuldigt abwesend), showing what is recorded already. Members left empty are not changed; before the meeting
 * only excuses can be recorded (the service says so).
 */
@ApplicationScoped
public class RecordAttendanceForm extends MeetingForm {
    /** A member's choice is the field {@code status-<memberId>}; the service's refusals go to the summary. */
    private static final String PREFIX = "status-";

    public RecordAttendanceForm() {
        super("workgroup/meetings/{id}/attendance", new Words("Anwesenheit erfassen", "Record attendance",
                "Eine Angabe je Mitglied der Arbeitsgruppe am Sitzungstag. Leer gelassene Mitglieder bleiben, wie "
                        + "sie sind; vor der Sitzung lassen sich nur Entschuldigungen erfassen.",
                "One entry per member of the working group on the meeting's day. Members left empty stay as they "
                        + "are; before the meeting only excuses can be recorded.", "Anwesenheit speichern",
                "Save attendance", "Die Anwesenheit ist erfasst.", "The attendance is recorded."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).chain(meeting -> Meetings.members(call, Meetings.day(meeting)).map(members -> {
            if (members.isEmpty()) {
                throw new EntryForm.Unavailable(409, lang.pick("Die Arbeitsgruppe hatte am Sitzungstag keine "
                        + "Mitglieder.", "The working group had no members on the meeting's day."));
            }
            List<Form.Option> statuses = new ArrayList<>();
            for (AttendanceStatus status : AttendanceStatus.values()) {
                statuses.add(new Form.Option(status.name(), lang == Lang.DE ? WorkgroupLabels.de(status)
                        : WorkgroupLabels.en(status), false));
            }
            List<Form.Field> fields = new ArrayList<>();
            fields.add(Meetings.shown(meeting, lang));
            JsonNode recorded = meeting.path("attendance");
            for (Meetings.Member member : members) {
                fields.add(Form.Field.select(PREFIX + member.id(), member.name() + " ("
                        + member.affiliation(lang) + ")", null, false, Meetings.choose(lang, false, statuses))
                        .prefilled(recorded.path(member.id()).path("status").asText("")));
            }
            return fields;
        }));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        List<Map<String, Object>> entries = new ArrayList<>();
        String first = null;
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (!value.getKey().startsWith(PREFIX)) {
                continue;
            }
            first = first == null ? value.getKey() : first;
            if (value.getValue() != null) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("memberId", value.getKey().substring(PREFIX.length()));
                entry.put("status", value.getValue());
                entries.add(entry);
            }
        }
        if (entries.isEmpty()) {
            return Submission.refuse(Map.of(first, call.lang().pick(
                    "Bitte wählen Sie für mindestens ein Mitglied die Anwesenheit.",
                    "Please choose the attendance of at least one member.")));
        }
        return Submission.send("workgroup", "POST", api(call) + "/attendance", Map.of("entries", entries));
    }

    /**
     * The service names the sent list's positions ({@code entries[2].status}); only the members with a choice are
     * sent, so the position is mapped back to that member's field.
     */
    @Override
    public String fieldOf(String field, Map<String, String> values) {
        java.util.regex.Matcher m = field == null ? null
                : java.util.regex.Pattern.compile("entries\\[(\\d+)].*").matcher(field);
        if (m == null || !m.matches()) {
            return super.fieldOf(field, values);
        }
        int position = Integer.parseInt(m.group(1));
        for (Map.Entry<String, String> value : values.entrySet()) {
            if (value.getKey().startsWith(PREFIX) && value.getValue() != null && position-- == 0) {
                return value.getKey();
            }
        }
        return null;
    }
}
