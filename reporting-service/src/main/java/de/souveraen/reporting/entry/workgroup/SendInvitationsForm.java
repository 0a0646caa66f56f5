package de.souveraen.reporting.entry.workgroup;

import jakarta.enterprise.context.ApplicationScoped;

/** "Einladung versenden": the invitations to a scheduled meeting went out (on a day, today by default). */
@ApplicationScoped
public class SendInvitationsForm extends MeetingStepForm {

    public SendInvitationsForm() {
        super("workgroup/meetings/{id}/invitations", new Words("Einladung versenden", "Send the invitations",
                "Hält fest, dass die Einladung mit der Tagesordnung an die Mitglieder verschickt wurde.",
                "Records that the invitation with the agenda was sent to the members.", "Als versandt erfassen",
                "Record as sent", "Der Versand der Einladung ist erfasst.", "The invitations are recorded as sent."),
                "/invitations", "Versandt am",
                "Sent on");
    }
}
