package de.souveraen.inventory.dependency;

import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyUpdated;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.eventstore.domain.Rejection;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.dependency.DependencyCommand.RegisterDependency;
import de.souveraen.inventory.dependency.DependencyCommand.UpdateDependency;
import de.souveraen.inventory.testing.Details;
import de.souveraen.inventory.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The vendor's ultimate parent company decides the effective jurisdiction (issue 21, ADR 0024). */
class ParentCompanyTest {
    private final DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> spec = DeciderSpec.of(Fixtures.decider());

    private static Details irishSubsidiary() {
        return Details.from(m365()).vendor("Microsoft Ireland Operations Ltd").vendorCountry("IE");
    }

    @Test
    void an_irish_subsidiary_of_a_us_group_is_us_exposure_and_keeps_the_vendors_own_flags() {
        var details = irishSubsidiary().parent("Microsoft Corporation", "US").build();
        spec.when(new RegisterDependency(M365, details)).then(new DependencyRegistered(M365, details,
                COUNTRIES.flags("US"), COUNTRIES.flags("IE")));
        DependencyState state = spec.when(new RegisterDependency(M365, details)).stateAfter();
        assertThat(state.jurisdiction().extraterritorialAccessLaw()).isTrue();
        assertThat(state.jurisdiction().eu()).isFalse();
        assertThat(state.vendorJurisdiction().eu()).isTrue();
    }

    @Test
    void without_a_parent_the_vendors_flags_are_the_effective_ones() {
        spec.when(new RegisterDependency(M365, irishSubsidiary().build())).then(new DependencyRegistered(M365,
                irishSubsidiary().build(), COUNTRIES.flags("IE"), COUNTRIES.flags("IE")));
    }

    @Test
    void the_parent_country_is_normalised_like_the_vendor_country() {
        var event = spec.when(new RegisterDependency(M365, irishSubsidiary().parent(" Microsoft Corporation ", "us")
                .build())).event(DependencyRegistered.class);
        assertThat(event.details().parentCompany()).isEqualTo("Microsoft Corporation");
        assertThat(event.details().parentCountry()).isEqualTo("US");
    }

    @Test
    void a_parent_country_without_the_parent_company_is_refused() {
        Rejection r = spec.when(new RegisterDependency(M365, irishSubsidiary().parent(null, "US").build()))
                .thenRejected(Kind.UNPROCESSABLE, "parent-company-required", "parentCompany");
        assertThat(r.messageDe()).contains("Mutterkonzern");
    }

    @Test
    void a_parent_company_without_its_country_is_refused_in_german() {
        Rejection r = spec.when(new RegisterDependency(M365, irishSubsidiary().parent("Microsoft Corporation", " ")
                .build())).thenRejected(Kind.UNPROCESSABLE, "parent-country-required", "parentCountry");
        assertThat(r.messageDe()).contains("Sitzland");
    }

    @Test
    void an_unknown_parent_country_and_a_too_long_parent_name_are_refused() {
        spec.when(new RegisterDependency(M365, irishSubsidiary().parent("Microsoft Corporation", "XX").build()))
                .thenRejected(Kind.UNPROCESSABLE, "unknown-country", "parentCountry");
        spec.when(new RegisterDependency(M365, irishSubsidiary().parent("x".repeat(201), "US").build()))
                .thenRejected("too-long", "parentCompany");
    }

    @Test
    void recording_the_parent_later_updates_the_effective_flags_and_names_the_fields() {
        var registered = new DependencyRegistered(M365, irishSubsidiary().build(), COUNTRIES.flags("IE"));
        var withParent = irishSubsidiary().parent("Microsoft Corporation", "US").build();
        spec.given(registered).when(new UpdateDependency(M365, withParent)).then(new DependencyUpdated(M365,
                withParent, COUNTRIES.flags("US"), COUNTRIES.flags("IE"), List.of("parentCompany", "parentCountry")));
    }

    @Test
    void removing_the_parent_falls_back_to_the_vendors_flags() {
        var withParent = irishSubsidiary().parent("Microsoft Corporation", "US").build();
        var registered = new DependencyRegistered(M365, withParent, COUNTRIES.flags("US"), COUNTRIES.flags("IE"));
        DependencyUpdated event = spec.given(registered).when(new UpdateDependency(M365, irishSubsidiary().build()))
                .event(DependencyUpdated.class);
        assertThat(event.jurisdiction()).isEqualTo(COUNTRIES.flags("IE"));
        assertThat(event.changedFields()).containsExactly("parentCompany", "parentCountry");
    }

    @Test
    void the_same_parent_again_changes_nothing() {
        var withParent = irishSubsidiary().parent("Microsoft Corporation", "US").build();
        spec.given(new DependencyRegistered(M365, withParent, COUNTRIES.flags("US"), COUNTRIES.flags("IE")))
                .when(new UpdateDependency(M365, withParent)).thenNothing();
    }
}
