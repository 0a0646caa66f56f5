package de.souveraen.workgroup.meeting.vote;

import de.souveraen.contracts.workgroup.Affiliation;
import de.souveraen.contracts.workgroup.Tally;

/** How one faction (or the administration) voted, for a vote counted {@code BY_FACTION}. */
public record FactionBallot(Affiliation affiliation, Tally tally) {
}
