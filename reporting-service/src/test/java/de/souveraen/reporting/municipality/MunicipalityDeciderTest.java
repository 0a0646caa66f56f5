package de.souveraen.reporting.municipality;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.reporting.CoatOfArmsChanged;
import de.souveraen.contracts.reporting.MunicipalityChanged;
import de.souveraen.contracts.reporting.MunicipalityEvent;
import de.souveraen.contracts.reporting.MunicipalityRegistered;
import de.souveraen.eventstore.domain.DeciderSpec;
import de.souveraen.eventstore.domain.Rejection;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The registry entry of a municipality, given/when/then on the pure decider. */
class MunicipalityDeciderTest {
    private static final MunicipalityRegistered NETTERSHEIM = new MunicipalityRegistered("nettersheim",
            "Gemeinde Nettersheim", "Rat der Gemeinde Nettersheim", new BigDecimal("12000.00"), "2026-Q1", "2028-Q4");

    private static DeciderSpec<MunicipalityCommand, Municipality, MunicipalityEvent> spec() {
        return DeciderSpec.of(new MunicipalityDecider());
    }

    private static MunicipalityCommand.Register register(String key, String name, String council, String budget,
            String first, String last) {
        return new MunicipalityCommand.Register(key, name, council, budget == null ? null : new BigDecimal(budget),
                first, last);
    }

    @Test
    void a_municipality_is_registered_once_with_its_names_defaults_and_roadmap_window() {
        spec().when(register("nettersheim", "Gemeinde Nettersheim", "Rat der Gemeinde Nettersheim", "12000",
                "2026-Q1", "2028-Q4")).then(NETTERSHEIM);
        spec().given(NETTERSHEIM).when(register("nettersheim", "Gemeinde Nettersheim", "Rat", null, null, null))
                .thenRejected(Rejection.Kind.CONFLICT, "already-registered", "key");
        Municipality state = spec().given(NETTERSHEIM).state();
        assertThat(state.registered()).isTrue();
        assertThat(state.councilName()).isEqualTo("Rat der Gemeinde Nettersheim");
    }

    @Test
    void the_key_follows_the_tenant_rule_and_is_no_path_of_the_portal() {
        spec().when(register("Nettersheim", "Gemeinde", "Rat", null, null, null)).thenRejected("invalid-key", "key");
        spec().when(register("a/b", "Gemeinde", "Rat", null, null, null)).thenRejected("invalid-key", "key");
        spec().when(register("reports", "Gemeinde", "Rat", null, null, null)).thenRejected("reserved-key", "key");
        spec().when(register(null, "Gemeinde", "Rat", null, null, null)).thenRejected("required", "key");
        // an Amtlicher Gemeindeschlüssel is a key as well
        assertThat(spec().when(register("05366040", "Gemeinde Nettersheim", "Rat", null, null, null))
                .event(MunicipalityRegistered.class).key()).isEqualTo("05366040");
    }

    @Test
    void names_budget_and_window_are_checked_field_by_field() {
        spec().when(register("kall", " ", "Rat", null, null, null)).thenRejected("required", "name");
        spec().when(register("kall", "Gemeinde Kall", null, null, null, null)).thenRejected("required",
                "councilName");
        spec().when(register("kall", "Gemeinde Kall", "Rat", "-1", null, null)).thenRejected("negative",
                "defaultAnnualBudget");
        spec().when(register("kall", "Gemeinde Kall", "Rat", null, "2026-Q5", "2027-Q1")).thenRejected(
                "invalid-quarter", "roadmapFirst");
        spec().when(register("kall", "Gemeinde Kall", "Rat", null, "2026-Q1", null)).thenRejected(
                "incomplete-window", "roadmapLast");
        spec().when(register("kall", "Gemeinde Kall", "Rat", null, "2027-Q1", "2026-Q4")).thenRejected(
                "window-reversed", "roadmapLast");
    }

    @Test
    void a_change_replaces_the_data_only_of_a_registered_municipality_and_nothing_when_equal() {
        MunicipalityChanged changed = new MunicipalityChanged("nettersheim", "Gemeinde Nettersheim",
                "Gemeinderat Nettersheim", new BigDecimal("14000.00"), "2026-Q3", "2029-Q2");
        spec().given(NETTERSHEIM).when(new MunicipalityCommand.Change("nettersheim", "Gemeinde Nettersheim",
                "Gemeinderat Nettersheim", new BigDecimal("14000"), "2026-Q3", "2029-Q2")).then(changed);
        spec().given(NETTERSHEIM).when(new MunicipalityCommand.Change("nettersheim", "Gemeinde Nettersheim",
                "Rat der Gemeinde Nettersheim", new BigDecimal("12000.00"), "2026-Q1", "2028-Q4")).thenNothing();
        spec().when(new MunicipalityCommand.Change("kall", "Gemeinde Kall", "Rat", null, null, null))
                .thenRejected(Rejection.Kind.NOT_FOUND, "municipality-not-found", null);
    }

    @Test
    void a_coat_of_arms_is_a_small_png_or_an_svg_without_script() {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 12\"><path d=\"M0 0h10v7l-5 5-5-5z\"/></svg>"
                .getBytes(StandardCharsets.UTF_8);
        CoatOfArmsChanged arms = spec().given(NETTERSHEIM).when(new MunicipalityCommand.ChangeCoatOfArms(
                "nettersheim", "image/svg+xml", svg)).event(CoatOfArmsChanged.class);
        assertThat(arms.mediaType()).isEqualTo("image/svg+xml");
        assertThat(arms.sha256()).hasSize(64);
        assertThat(spec().given(NETTERSHEIM, arms).state().hasArms()).isTrue();
        spec().given(NETTERSHEIM, arms).when(new MunicipalityCommand.ChangeCoatOfArms("nettersheim",
                "image/svg+xml", svg)).thenNothing();
        for (String unsafe : new String[] {
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:x=\"http://www.w3.org/1999/xlink\"><image x:href=\"https://evil.example/x.png\"/></svg>",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><rect style=\"fill:url(https://evil.example/a)\"/></svg>",
                "<!DOCTYPE svg [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\">&x;</svg>"}) {
            spec().given(NETTERSHEIM).when(new MunicipalityCommand.ChangeCoatOfArms("nettersheim", "image/svg+xml",
                    unsafe.getBytes(StandardCharsets.UTF_8))).thenRejected("unsafe-picture", "coatOfArms");
        }
        spec().given(NETTERSHEIM).when(new MunicipalityCommand.ChangeCoatOfArms("nettersheim", "image/png",
                svg)).thenRejected("unsafe-picture", "coatOfArms");
        spec().given(NETTERSHEIM).when(new MunicipalityCommand.ChangeCoatOfArms("nettersheim", "text/html",
                svg)).thenRejected("unsupported-type", "coatOfArms");
        spec().given(NETTERSHEIM).when(new MunicipalityCommand.ChangeCoatOfArms("nettersheim", "image/png",
                new byte[CoatOfArms.MAX_BYTES + 1])).thenRejected("too-large", "coatOfArms");
    }

    @Test
    void an_unregistered_municipality_is_named_after_its_key() {
        assertThat(Municipality.derived("blankenheim").name()).isEqualTo("Gemeinde Blankenheim");
        assertThat(Municipality.derived("blankenheim").councilName()).isEqualTo("Rat der Gemeinde Blankenheim");
        assertThat(Municipality.derived("bad-muenstereifel").name()).isEqualTo("Gemeinde Bad-Muenstereifel");
    }
}
