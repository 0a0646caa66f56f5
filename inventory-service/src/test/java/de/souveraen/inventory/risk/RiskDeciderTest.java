package de.souveraen.inventory.risk;

import static de.souveraen.inventory.testing.Fixtures.AZURE;
import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.RiskEvent;
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.contracts.inventory.RiskDetails;
import de.souveraen.contracts.inventory.RiskRaised;
import de.souveraen.contracts.inventory.RiskStatus;
import de.souveraen.contracts.inventory.RiskStatusChanged;
import de.souveraen.contracts.inventory.RiskUpdated;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.risk.RiskCommand.ChangeRiskStatus;
import de.souveraen.inventory.risk.RiskCommand.RaiseRisk;
import de.souveraen.inventory.risk.RiskCommand.UpdateRisk;
import de.souveraen.eventstore.domain.DeciderSpec;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RiskDeciderTest {
    private static final UUID RISK = UUID.fromString("d2b7c9a4-3e1f-4b6a-8c5d-7e9f1a2b3c01");
    private final DeciderSpec<RiskCommand, RiskState, RiskEvent> spec = DeciderSpec.of(new RiskDecider());

    private static RiskDetails cloudAct(String mitigation, UUID... dependencies) {
        return new RiskDetails("Herausgabe von Ratsdaten nach US CLOUD Act",
                "Der Anbieter unterliegt US-Recht; Behörden können Herausgabe verlangen.",
                RiskCategory.JURISDICTION_FOREIGN_ACCESS, 3, 4, "Hauptamt, IT-Koordination", mitigation,
                Arrays.asList(dependencies));
    }

    private DeciderSpec<RiskCommand, RiskState, RiskEvent> raised(String mitigation) {
        return spec.given(new RiskRaised(RISK, cloudAct(mitigation, M365), TODAY));
    }

    @Test
    void a_risk_is_raised_open_with_its_dependencies() {
        var when = spec.when(new RaiseRisk(RISK, cloudAct(null, M365, AZURE, M365), TODAY));
        when.then(new RiskRaised(RISK, cloudAct(null, M365, AZURE), TODAY));
        assertThat(when.stateAfter().status()).isEqualTo(RiskStatus.OPEN);
    }

    @Test
    void title_category_likelihood_impact_and_owner_are_required() {
        RiskDetails d = cloudAct(null);
        spec.when(new RaiseRisk(RISK, new RiskDetails(" ", null, d.category(), 3, 4, "x", null, List.of()), TODAY))
                .thenRejected(Kind.UNPROCESSABLE, "required", "title");
        spec.when(new RaiseRisk(RISK, new RiskDetails("t", null, null, 3, 4, "x", null, List.of()), TODAY))
                .thenRejected("required", "category");
        spec.when(new RaiseRisk(RISK, new RiskDetails("t", null, d.category(), null, 4, "x", null, List.of()), TODAY))
                .thenRejected("required", "likelihood");
        spec.when(new RaiseRisk(RISK, new RiskDetails("t", null, d.category(), 3, null, "x", null, List.of()), TODAY))
                .thenRejected("required", "impact");
        spec.when(new RaiseRisk(RISK, new RiskDetails("t", null, d.category(), 3, 4, "", null, List.of()), TODAY))
                .thenRejected("required", "owner");
    }

    @Test
    void likelihood_and_impact_are_1_to_5() {
        RiskDetails d = cloudAct(null);
        spec.when(new RaiseRisk(RISK, new RiskDetails("t", null, d.category(), 0, 4, "x", null, List.of()), TODAY))
                .thenRejected("out-of-range", "likelihood");
        spec.when(new RaiseRisk(RISK, new RiskDetails("t", null, d.category(), 3, 6, "x", null, List.of()), TODAY))
                .thenRejected("out-of-range", "impact");
    }

    @Test
    void a_null_dependency_id_is_named_by_its_index() {
        spec.when(new RaiseRisk(RISK, cloudAct(null, M365, null), TODAY)).thenRejected("required", "dependencyIds[1]");
    }

    @Test
    void raising_twice_is_a_conflict_and_an_unknown_risk_is_not_found() {
        raised(null).when(new RaiseRisk(RISK, cloudAct(null), TODAY)).thenRejected(Kind.CONFLICT, "already-raised", "riskId");
        DeciderSpec.of(new RiskDecider()).when(new ChangeRiskStatus(RISK, RiskStatus.CLOSED, null, TODAY))
                .thenRejected(Kind.NOT_FOUND, "risk-not-found", null);
    }

    @Test
    void an_update_replaces_the_details_and_an_identical_one_changes_nothing() {
        raised(null).when(new UpdateRisk(RISK, cloudAct("Verschlüsselung mit eigenem Schlüssel", M365), TODAY))
                .then(new RiskUpdated(RISK, cloudAct("Verschlüsselung mit eigenem Schlüssel", M365), TODAY));
        raised(null).when(new UpdateRisk(RISK, cloudAct(null, M365), TODAY)).thenNothing();
    }

    @Test
    void mitigating_needs_a_recorded_mitigation() {
        raised(null).when(new ChangeRiskStatus(RISK, RiskStatus.MITIGATING, null, TODAY))
                .thenRejected(Kind.CONFLICT, "mitigation-required", "mitigation");
        raised("Exit-Strategie openDesk").when(new ChangeRiskStatus(RISK, RiskStatus.MITIGATING, null, TODAY))
                .then(new RiskStatusChanged(RISK, RiskStatus.OPEN, RiskStatus.MITIGATING, null, TODAY));
    }

    @Test
    void accepting_needs_a_justification() {
        raised(null).when(new ChangeRiskStatus(RISK, RiskStatus.ACCEPTED, " ", TODAY))
                .thenRejected(Kind.UNPROCESSABLE, "justification-required", "note");
        raised(null).when(new ChangeRiskStatus(RISK, RiskStatus.ACCEPTED, "Ratsbeschluss 2026/014", TODAY))
                .then(new RiskStatusChanged(RISK, RiskStatus.OPEN, RiskStatus.ACCEPTED, "Ratsbeschluss 2026/014", TODAY));
    }

    @ParameterizedTest
    @EnumSource(value = RiskStatus.class, names = {"MITIGATING", "ACCEPTED", "CLOSED"})
    void a_closed_risk_can_only_be_reopened(RiskStatus target) {
        var closed = raised("m").given(new RiskStatusChanged(RISK, RiskStatus.OPEN, RiskStatus.CLOSED, null, TODAY));
        closed.when(new ChangeRiskStatus(RISK, target, "x", TODAY)).thenRejected(Kind.CONFLICT, "invalid-transition", "status");
    }

    @Test
    void a_closed_risk_is_reopened_and_not_updated_while_closed() {
        var closed = raised("m").given(new RiskStatusChanged(RISK, RiskStatus.OPEN, RiskStatus.CLOSED, null, TODAY));
        closed.when(new UpdateRisk(RISK, cloudAct("n"), TODAY)).thenRejected(Kind.CONFLICT, "risk-closed", "status");
        closed.when(new ChangeRiskStatus(RISK, RiskStatus.OPEN, "Preiserhöhung angekündigt", TODAY))
                .then(new RiskStatusChanged(RISK, RiskStatus.CLOSED, RiskStatus.OPEN, "Preiserhöhung angekündigt", TODAY));
    }

    @Test
    void the_same_status_again_is_a_conflict() {
        raised(null).when(new ChangeRiskStatus(RISK, RiskStatus.OPEN, null, TODAY))
                .thenRejected(Kind.CONFLICT, "invalid-transition", "status");
    }

    @Test
    void the_stream_id_is_risk_dash_uuid() {
        assertThat(RiskDecider.AGGREGATE.streamId(RISK)).isEqualTo("risk-" + RISK);
    }
}
