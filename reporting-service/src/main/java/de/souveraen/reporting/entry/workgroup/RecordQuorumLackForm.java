package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.Call;
import de.souveraen.reporting.entry.Form;
import de.souveraen.reporting.view.Lang;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * "Beschlussunfähigkeit feststellen": a member pointed out, or the chair found, that the held meeting lacks quorum
 * (§ 49 (1) GO NRW); from then on it takes no votes. Whether it does lack quorum is the service's to say.
 */
@ApplicationScoped
public class RecordQuorumLackForm extends MeetingForm {

    public RecordQuorumLackForm() {
        super("workgroup/meetings/{id}/quorum-lack", new Words("Beschlussunfähigkeit feststellen",
                "Record the lack of quorum", "Bis zu dieser Feststellung gilt die Sitzung als beschlussfähig. "
                        + "Danach nimmt sie keine Abstimmungen mehr auf.", "Until this is recorded the meeting is "
                                + "presumed quorate. Afterwards it takes no more votes.",
                "Beschlussunfähigkeit feststellen", "Record the lack of quorum",
                "Die Beschlussunfähigkeit ist festgestellt.", "The lack of quorum is recorded."));
    }

    @Override
    public Uni<List<Form.Field>> fields(Call call) {
        Lang lang = call.lang();
        return Meetings.meeting(call).map(meeting -> List.of(Meetings.shown(meeting, lang)));
    }

    @Override
    public Submission submit(Call call, Map<String, String> values) {
        return Submission.send("workgroup", "POST", api(call) + "/quorum-lack", Map.of());
    }
}
