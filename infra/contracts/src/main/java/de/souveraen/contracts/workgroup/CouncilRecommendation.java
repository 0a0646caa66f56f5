package de.souveraen.contracts.workgroup;

import java.time.LocalDate;

/** The working group's recommendation to the council and the date of the council session it is meant for. */
public record CouncilRecommendation(String text, LocalDate councilSessionDate) {
}
