package de.souveraen.reporting.entry.workgroup;

import de.souveraen.contracts.workgroup.VoteChoice;
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
 * "Abstimmung erfassen": the result of a vote on an agenda item as totals, per faction (one line of yes, no and
 * abstentions for every faction with a vote in the working group on the meeting's day, and the administration) or by
 * roll call (each member's vote), and the members excluded for bias in this item (§ 31 GO NRW), whatever the count.
 * Whether the numbers fit the members present, and who may vote, is the service's to say.
 */
@ApplicationScoped
public class RecordVoteForm extends MeetingForm {
    private static final String[] CHOICES = {"yes", "no", "abstain"};
    /** A member's entry: not voting, a vote, or excluded for bias. */
    private static final String BIAS = "BIAS";

    public RecordVoteForm() {
        super("workgroup/meetings/{id}/agenda-items/{itemId}/vote", new Words("Abstimmung erfassen",
                "Record a vote", "Erfassen Sie das Gesamtergebnis, das Ergebnis je Fraktion oder bei namentlicher "
                        + "Abstimmung die Stimme jedes Mitglieds; leere Zahlenfelder zählen als 0. Wer wegen "
                        + "Befangenheit ausgeschlossen war, wird bei jeder Art der Auszählung beim Mitglied vermerkt.",
                "Enter the totals, the result per faction or, in a roll call, each member's vote; empty number "
                        + "fields count as 0. Members excluded for bias are marked at the member, whatever the "
                        + "count.", "Abstimmung speichern", "Save the vote",
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
                for (VoteMethod method : VoteMethod.values()) {
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
                for (int i = 0; i < members.size(); i++) {
                    Meetings.Member member = members.get(i);
                    fields.add(Form.Field.hidden("members[" + i + "].memberId", member.id()));
                    fields.add(Form.Field.select("members[" + i + "].choice", member.name() + " ("
                            + member.affiliation(lang) + (member.votingRight() ? "" : lang.pick(", beratend",
                                    ", advisory")) + ")", null, false, memberChoices(lang)));
                }
                return fields;
            });
        });
    }

    /** Not voting, yes, no, abstention, or excluded for bias. */
    private static List<Form.Option> memberChoices(Lang lang) {
        List<Form.Option> options = new ArrayList<>();
        options.add(new Form.Option("", lang.pick("– keine Stimme erfasst –", "– no vote recorded –"), true));
        for (VoteChoice choice : VoteChoice.values()) {
            options.add(new Form.Option(choice.name(), lang == Lang.DE ? WorkgroupLabels.de(choice)
                    : WorkgroupLabels.en(choice), false));
        }
        options.add(new Form.Option(BIAS, lang.pick("Befangen, von der Abstimmung ausgeschlossen",
                "Excluded for bias"), false));
        return options;
    }

    /** The form indexes, in order, of the members with a vote, or with {@code bias} of those excluded for bias. */
    private static List<Integer> members(Map<String, String> values, boolean bias) {
        List<Integer> chosen = new ArrayList<>();
        for (int i = 0; values.containsKey("members[" + i + "].memberId"); i++) {
            String choice = values.get("members[" + i + "].choice");
            if (choice != null && choice.equals(BIAS) == bias) {
                chosen.add(i);
            }
        }
        return chosen;
    }

    /**
     * The roll call sends only the members with a vote and the exclusions only the members excluded, so their list
     * positions ({@code members[2]}, {@code excludedForBias[0]}) are mapped back to the member's field here.
     */
    @Override
    public String fieldOf(String field, Map<String, String> values) {
        if (field != null) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("(members|excludedForBias)(?:\\[(\\d+)])?.*")
                    .matcher(field.replaceFirst("^ballot\\.", ""));
            if (m.matches()) {
                List<Integer> chosen = members(values, m.group(1).equals("excludedForBias"));
                int position = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
                return position < chosen.size() ? "members[" + chosen.get(position) + "].choice"
                        : values.containsKey("members[0].choice") ? "members[0].choice" : null;
            }
        }
        return super.fieldOf(field, values);
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
        } else if (VoteMethod.ROLL_CALL.name().equals(method)) {
            List<Map<String, Object>> votes = new ArrayList<>();
            for (int i : members(values, false)) {
                votes.add(Map.of("memberId", values.get("members[" + i + "].memberId"), "choice",
                        values.get("members[" + i + "].choice")));
            }
            ballot.put("members", votes);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("subject", values.get("subject"));
        body.put("ballot", ballot);
        body.put("excludedForBias", members(values, true).stream().map(i -> values.get("members[" + i
                + "].memberId")).toList());
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
