package de.souveraen.reporting.entry.workgroup;

import de.souveraen.reporting.entry.BasicForm;
import de.souveraen.reporting.entry.Call;

/** A form of one meeting, reached from the list of meetings and leading back there. */
abstract class MeetingForm extends BasicForm {

    protected MeetingForm(String path, Words words) {
        super(path, "/workgroup", "workgroup", words);
    }

    @Override
    public String back(Call call) {
        return Meetings.back(call);
    }

    /** The meeting's path in the workgroup service's API. */
    protected static String api(Call call) {
        return "/api/meetings/" + call.param("id");
    }
}
