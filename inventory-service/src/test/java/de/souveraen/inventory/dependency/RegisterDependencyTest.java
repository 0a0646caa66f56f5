package de.souveraen.inventory.dependency;

import static de.souveraen.inventory.testing.Fixtures.COUNTRIES;
import static de.souveraen.inventory.testing.Fixtures.M365;
import static de.souveraen.inventory.testing.Fixtures.m365;
import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.Adequacy;
import de.souveraen.contracts.inventory.ContractTerms;
import de.souveraen.contracts.inventory.DependencyDetails;
import de.souveraen.contracts.inventory.DependencyRegistered;
import de.souveraen.contracts.inventory.DependencyEvent;
import de.souveraen.contracts.inventory.JurisdictionFlags;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.Renewal;
import de.souveraen.eventstore.domain.Rejection.Kind;
import de.souveraen.inventory.dependency.DependencyCommand.RegisterDependency;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.inventory.testing.Details;
import de.souveraen.inventory.testing.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegisterDependencyTest {
    private final DeciderSpec<DependencyCommand, DependencyState, DependencyEvent> spec = DeciderSpec.of(Fixtures.decider());

    private static Details details() {
        return Details.from(m365());
    }

    @Test
    void registers_with_jurisdiction_flags_from_the_country_table() {
        spec.when(new RegisterDependency(M365, m365())).then(new DependencyRegistered(M365, m365(),
                new JurisdictionFlags("IE", true, true, Adequacy.EEA, false)));
    }

    @Test
    void a_registered_dependency_starts_identified() {
        DependencyState state = spec.when(new RegisterDependency(M365, m365())).stateAfter();
        assertThat(state.status()).isEqualTo(MigrationStatus.IDENTIFIED);
        assertThat(state.details()).isEqualTo(m365());
    }

    @Test
    void a_us_vendor_is_flagged_for_extraterritorial_access() {
        DependencyRegistered event = (DependencyRegistered) spec
                .when(new RegisterDependency(M365, details().vendorCountry("us").build())).events().get(0);
        assertThat(event.details().vendorCountry()).isEqualTo("US");
        assertThat(event.jurisdiction()).isEqualTo(new JurisdictionFlags("US", false, false, Adequacy.PARTIAL, true));
    }

    @Test
    void texts_are_stripped_money_gets_two_decimals_and_standards_are_deduplicated() {
        DependencyDetails messy = details().name("  Microsoft 365 E3 ").annualCost(new BigDecimal("38400"))
                .openStandards(List.of(" OOXML", "odf", "ODF", " ")).note("   ").build();
        DependencyRegistered event = (DependencyRegistered) spec.when(new RegisterDependency(M365, messy)).events().get(0);
        assertThat(event.details().name()).isEqualTo("Microsoft 365 E3");
        assertThat(event.details().annualCost()).isEqualByComparingTo("38400").extracting(BigDecimal::scale).isEqualTo(2);
        assertThat(event.details().openStandards()).containsExactly("OOXML", "odf");
        assertThat(event.details().note()).isNull();
    }

    @Test
    void a_tacit_contract_without_period_renews_yearly_and_an_express_one_has_no_period() {
        ContractTerms tacit = new ContractTerms(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 3, Renewal.TACIT, null);
        ContractTerms express = new ContractTerms(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 3, Renewal.EXPRESS, 6);
        DependencyRegistered first = (DependencyRegistered) spec
                .when(new RegisterDependency(M365, details().contract(tacit).build())).events().get(0);
        DependencyRegistered second = (DependencyRegistered) spec
                .when(new RegisterDependency(M365, details().contract(express).build())).events().get(0);
        assertThat(first.details().contract().renewalPeriodMonths()).isEqualTo(12);
        assertThat(second.details().contract().renewalPeriodMonths()).isNull();
    }

    @Test
    void registration_without_contract_criticality_end_of_life_and_standards_is_fine() {
        DependencyDetails minimal = details().criticality(null).endOfLife(null).openStandards(null).note(null)
                .contract(null).build();
        assertThat(spec.when(new RegisterDependency(M365, minimal)).events()).hasSize(1);
    }

    @Test
    void registering_twice_is_a_conflict() {
        spec.given(new DependencyRegistered(M365, m365(), COUNTRIES.flags("IE")))
                .when(new RegisterDependency(M365, m365())).thenRejected(Kind.CONFLICT, "already-registered", "dependencyId");
    }

    @Test
    void an_id_is_required() {
        spec.when(new RegisterDependency(null, m365())).thenRejected(Kind.BAD_REQUEST, "required", "dependencyId");
    }

    @Test
    void name_and_vendor_are_required() {
        spec.when(new RegisterDependency(M365, details().name(" ").build())).thenRejected(Kind.UNPROCESSABLE, "required", "name");
        spec.when(new RegisterDependency(M365, details().vendor(null).build())).thenRejected("required", "vendor");
    }

    @Test
    void a_name_longer_than_200_characters_is_refused() {
        spec.when(new RegisterDependency(M365, details().name("x".repeat(201)).build())).thenRejected("too-long", "name");
    }

    @Test
    void an_unknown_country_code_is_unprocessable() {
        spec.when(new RegisterDependency(M365, details().vendorCountry("XX").build()))
                .thenRejected(Kind.UNPROCESSABLE, "unknown-country", "vendorCountry");
        spec.when(new RegisterDependency(M365, details().vendorCountry("Deutschland").build()))
                .thenRejected(Kind.UNPROCESSABLE, "unknown-country", "vendorCountry");
    }

    @Test
    void category_hosting_and_data_classification_are_required() {
        spec.when(new RegisterDependency(M365, details().category(null).build())).thenRejected("required", "category");
        spec.when(new RegisterDependency(M365, details().hosting(null).build())).thenRejected("required", "hosting");
        spec.when(new RegisterDependency(M365, details().dataClassification(null).build()))
                .thenRejected("required", "dataClassification");
    }

    @Test
    void users_must_be_given_and_not_negative() {
        spec.when(new RegisterDependency(M365, details().users(null).build())).thenRejected("required", "users");
        spec.when(new RegisterDependency(M365, details().users(-1).build())).thenRejected("out-of-range", "users");
    }

    @Test
    void annual_cost_with_three_decimals_is_a_bad_request_and_a_negative_or_too_large_one_unprocessable() {
        spec.when(new RegisterDependency(M365, details().annualCost(new BigDecimal("10.005")).build()))
                .thenRejected(Kind.BAD_REQUEST, "too-many-decimals", "annualCost");
        spec.when(new RegisterDependency(M365, details().annualCost(new BigDecimal("-1.00")).build()))
                .thenRejected(Kind.UNPROCESSABLE, "negative", "annualCost");
        spec.when(new RegisterDependency(M365, details().annualCost(new BigDecimal("1000000000.00")).build()))
                .thenRejected(Kind.UNPROCESSABLE, "too-large", "annualCost");
        spec.when(new RegisterDependency(M365, details().annualCost(null).build())).thenRejected("required", "annualCost");
    }

    @Test
    void zero_annual_cost_is_allowed_for_free_software() {
        assertThat(spec.when(new RegisterDependency(M365, details().annualCost(BigDecimal.ZERO).build())).events())
                .hasSize(1);
    }

    @Test
    void a_contract_needs_start_end_notice_period_and_renewal() {
        ContractTerms c = Fixtures.contract();
        spec.when(new RegisterDependency(M365, details().contract(new ContractTerms(null, c.end(), 3, Renewal.TACIT, 12))
                .build())).thenRejected("required", "contract.start");
        spec.when(new RegisterDependency(M365, details().contract(new ContractTerms(c.start(), null, 3, Renewal.TACIT, 12))
                .build())).thenRejected("required", "contract.end");
        spec.when(new RegisterDependency(M365, details().contract(new ContractTerms(c.start(), c.end(), null, Renewal.TACIT,
                12)).build())).thenRejected("required", "contract.noticePeriodMonths");
        spec.when(new RegisterDependency(M365, details().contract(new ContractTerms(c.start(), c.end(), 3, null, 12))
                .build())).thenRejected("required", "contract.renewal");
    }

    @Test
    void a_contract_cannot_end_before_it_starts() {
        spec.when(new RegisterDependency(M365, details().contract(new ContractTerms(LocalDate.of(2026, 1, 1),
                LocalDate.of(2025, 12, 31), 3, Renewal.EXPRESS, null)).build())).thenRejected("end-before-start", "contract.end");
    }

    @Test
    void notice_and_renewal_periods_have_bounds() {
        ContractTerms c = Fixtures.contract();
        spec.when(new RegisterDependency(M365, details().contract(new ContractTerms(c.start(), c.end(), 61, Renewal.TACIT,
                12)).build())).thenRejected("out-of-range", "contract.noticePeriodMonths");
        spec.when(new RegisterDependency(M365, details().contract(new ContractTerms(c.start(), c.end(), 3, Renewal.TACIT,
                0)).build())).thenRejected("out-of-range", "contract.renewalPeriodMonths");
    }

    @Test
    void an_overlong_open_standard_names_its_index() {
        spec.when(new RegisterDependency(M365, details().openStandards(List.of("ODF", "y".repeat(101))).build()))
                .thenRejected("too-long", "openStandards[1]");
    }

    @Test
    void the_stream_id_is_dependency_dash_uuid() {
        assertThat(DependencyDecider.AGGREGATE.streamId(M365)).isEqualTo("dependency-" + M365);
    }
}
