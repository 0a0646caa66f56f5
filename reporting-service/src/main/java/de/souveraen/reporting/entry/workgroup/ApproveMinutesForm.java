package de.souveraen.reporting.entry.workgroup;

import jakarta.enterprise.context.ApplicationScoped;

/** "Niederschrift genehmigen": the minutes of a held meeting are approved; the meeting is then the record. */
@ApplicationScoped
public class ApproveMinutesForm extends MeetingStepForm {

    public ApproveMinutesForm() {
        super("workgroup/meetings/{id}/minutes-approval", new Words("Niederschrift genehmigen",
                "Approve the minutes", "Mit der Genehmigung ist die Niederschrift verbindlich; Anwesenheit, "
                        + "Abstimmungen und Beschlüsse der Sitzung lassen sich danach nicht mehr ändern.",
                "Once approved the minutes are binding; the meeting's attendance, votes and decisions can no longer "
                        + "be changed.", "Genehmigen", "Approve", "Die Niederschrift ist genehmigt.",
                "The minutes are approved."), "/minutes-approval",
                "Genehmigt am", "Approved on");
    }
}
