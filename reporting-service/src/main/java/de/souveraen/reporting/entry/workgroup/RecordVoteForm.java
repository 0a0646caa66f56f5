package de.souveraen.reporting.entry.workgroup;

import de.souveraen.contracts.workgroup.VoteMethod;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.entry.Inputs;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Abstimmung erfassen": the result of a vote on an agenda item, either as totals or per faction (one line of yes, no
 * and abstentions for every faction with a vote in the working group on the meeting's day, and the administration).
 * Whether the numbers fit the members present is the service's to say.
 */
@ApplicationScoped
public class RecordVoteForm extends MeetingForm {
    private static final String[] CHOICES = {"yes", "no", "abstain"};

    public RecordVoteForm() {
        super("workgroup/meetings/{id}/agenda-items/{itemId}/vote", new Words("Abstimmung erfassen",
                "Record a vote", "Erfassen Sie entweder das Gesamtergebnis oder das Ergebnis je Fraktion; leere "
                        + "Felder zählen als 0.", "Enter either the totals or the result per faction; empty fields "
                                + "count as 0.", "Abstimmung speichern", "Save the vote",
                "Die Abstimmung ist erfasst.", "The vote is recorded."));
    }

    private static String label(String choice, Lang lang) {
        return switch (choice) {
            case "yes" -> lang.pick("Ja-Stimmen", "Yes votes");
            case "no" -> lang.pick("Nein-Stimmen", "No votes");
            default -> lang.pick("Enthaltungen", "Abstentions");
        };
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).chain(meeting -> {
            var item = Meetings.item(call, meeting);
            return Meetings.members(call, Meetings.day(meeting)).map(members -> {
                List<Form.Field> fields = new ArrayList<>();
                fields.add(Meetings.shown(meeting, lang));
                fields.add(Form.Field.shown("item", lang.pick("Tagesordnungspunkt", "Agenda item"),
                        Meetings.itemTitle(meeting, item, lang)));
                fields.add(Form.Field.text("subject", lang.pick("Gegenstand der Abstimmung", "Subject of the vote"),
                        lang.pick("Zum Beispiel: Beschlussvorschlag in der Fassung der Verwaltung",
                                "For example: the draft resolution as proposed by the administration"), false));
                List<Form.Option> methods = new ArrayList<>();
                for (VoteMethod method : List.of(VoteMethod.TOTALS, VoteMethod.BY_FACTION)) {
                    methods.add(new Form.Option(method.name(), lang == Lang.DE ? WorkgroupLabels.de(method)
                            : WorkgroupLabels.en(method), false));
                }
                fields.add(Form.Field.select("method", lang.pick("Art der Auszählung", "How the votes were counted"),
                        null, true, Meetings.choose(lang, true, methods)));
                for (String choice : CHOICES) {
                    fields.add(Form.Field.text("totals." + choice, lang.pick("Gesamt: ", "Totals: ")
                            + label(choice, lang), lang.pick("Nur beim Gesamtergebnis", "Totals only"), false));
                }
                List<Meetings.Member> affiliations = Meetings.votingAffiliations(members);
                for (int i = 0; i < affiliations.size(); i++) {
                    Meetings.Member affiliation = affiliations.get(i);
                    fields.add(Form.Field.hidden("factions[" + i + "].affiliation", affiliation.affiliationKey()));
                    for (String choice : CHOICES) {
                        fields.add(Form.Field.text("factions[" + i + "].tally." + choice, affiliation.affiliation(lang)
                                + ": " + label(choice, lang), null, false));
                    }
                }
                return fields;
            });
        });
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        Inputs in = new Inputs(call.lang(), values);
        Map<String, Object> ballot = new LinkedHashMap<>();
        String method = values.get("method");
        ballot.put("method", method);
        if (VoteMethod.TOTALS.name().equals(method)) {
            ballot.put("totals", tally(in, "totals."));
        } else if (VoteMethod.BY_FACTION.name().equals(method)) {
            List<Map<String, Object>> factions = new ArrayList<>();
            for (int i = 0; values.containsKey("factions[" + i + "].affiliation"); i++) {
                String key = values.get("factions[" + i + "].affiliation");
                Map<String, Object> affiliation = new LinkedHashMap<>();
                affiliation.put("type", key == null ? null : key.split(":", 2)[0]);
                affiliation.put("faction", key == null || !key.contains(":") ? null : key.split(":", 2)[1]);
                Map<String, Object> faction = new LinkedHashMap<>();
                faction.put("affiliation", affiliation);
                faction.put("tally", tally(in, "factions[" + i + "].tally."));
                factions.add(faction);
            }
            ballot.put("factions", factions);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", values.get("subject"));
        body.put("ballot", ballot);
        return in.hasErrors() ? Submission.refuse(in.errors())
                : Submission.send("workgroup", "POST", api(call) + "/agenda-items/" + call.param("itemId") + "/vote",
                        body);
    }

    /** Yes, no and abstentions from the fields {@code prefix + "yes"} etc.; an empty field counts as 0. */
    private static Map<String, Object> tally(Inputs in, String prefix) {
        Map<String, Object> tally = new LinkedHashMap<>();
        for (String choice : CHOICES) {
            Integer count = in.integer(prefix + choice);
            tally.put(choice, count == null ? 0 : count);
        }
        return tally;
    }
}
