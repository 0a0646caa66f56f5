package de.souveraen.reporting.entry.workgroup;

import com.fasterxml.jackson.databind.JsonNode;
import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;

/** A form of one member, reached from the list of members and leading back there. */
abstract class MemberForm extends BasicForm {

    protected MemberForm(String path, Words words) {
        super(path, "/workgroup", "workgroup", words);
    }

    @Override
    public String back(Call call) {
        return Records.MEMBERS + call.langQuery();
    }

    protected static String api(Call call) {
        return "/api/members/" + call.param("id");
    }

    /** The member of the call's {@code id} with its ETag in {@code etag}; 404 when there is none. */
    static Uni<JsonNode> member(Call call) {
        return Meetings.one(call, api(call), "Dieses Mitglied gibt es nicht.", "There is no such member.");
    }

    /** The member's current membership period (role, affiliation, voting right). */
    static JsonNode current(JsonNode member) {
        return member.path("periods").get(member.path("periods").size() - 1);
    }

    static Form.Field shown(JsonNode member, Lang lang) {
        return Form.Field.shown("member", lang.pick("Mitglied", "Member"), member.path("person").path("givenName")
                .asText() + " " + member.path("person").path("familyName").asText());
    }
}
