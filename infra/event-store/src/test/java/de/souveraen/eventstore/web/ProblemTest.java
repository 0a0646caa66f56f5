package de.souveraen.eventstore.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void an_extension_never_replaces_the_problems_own_members() {
        Problem problem = Problem.of(409, "meeting-not-held", "Konflikt", "Conflict").field("meetingId")
                .with("status", "SCHEDULED").with("field", "x").with("lineCode", "PILOT");
        assertThat(problem.status()).isEqualTo(409);
        assertThat(problem.members()).containsEntry("status", 409).containsEntry("currentStatus", "SCHEDULED")
                .containsEntry("field", "meetingId").containsEntry("currentField", "x")
                .containsEntry("lineCode", "PILOT");
        assertThat(problem.toResponse().getStatus()).isEqualTo(409);
    }
}
