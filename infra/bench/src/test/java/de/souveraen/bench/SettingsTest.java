package de.souveraen.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line of {@code ./souveraen bench [--quick] [--events N] [--tenants N] [--only …] [--out FILE]}. */
class SettingsTest {
    @Test
    void without_options_the_full_run_writes_docs_benchmarks_md() {
        Settings settings = Settings.parse(new String[0]);

        assertThat(settings.quick()).isFalse();
        assertThat(settings.events()).isEqualTo(1_000_000);
        assertThat(settings.writeSeconds()).isEqualTo(40);
        assertThat(settings.out()).isEqualTo(Path.of("docs/benchmarks.md"));
        assertThat(settings.tenants()).isEqualTo(200);
        assertThat(settings.readers()).isEqualTo(8);
        assertThat(settings.only()).containsExactlyElementsOf(Settings.BENCHMARKS);
        assertThat(settings.runs("tenants")).isTrue();
    }

    @Test
    void quick_takes_smaller_numbers_and_events_overrides_the_history() {
        Settings quick = Settings.parse(new String[] {"--quick"});
        Settings both = Settings.parse(new String[] {"--events", "300000", "--quick", "--out", "x.md"});

        assertThat(quick.quick()).isTrue();
        assertThat(quick.events()).isEqualTo(100_000);
        assertThat(quick.writeSeconds()).isEqualTo(15);
        assertThat(both.quick()).isTrue();
        assertThat(both.events()).isEqualTo(300_000);
        assertThat(both.out()).isEqualTo(Path.of("x.md"));
        assertThat(quick.tenants()).isEqualTo(20);
    }

    @Test
    void only_selects_benchmarks_and_tenants_sets_the_number_of_municipalities() {
        Settings settings = Settings.parse(new String[] {"--quick", "--only", "tenants", "--tenants", "50"});

        assertThat(settings.tenants()).isEqualTo(50);
        assertThat(settings.runs("tenants")).isTrue();
        assertThat(settings.runs("replay")).isFalse();
        assertThat(settings.runs("start")).isFalse();
    }

    @Test
    void an_unknown_option_is_answered_with_the_usage() {
        assertThatThrownBy(() -> Settings.parse(new String[] {"--help"}))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("usage: bench [--quick] [--events N] [--tenants N] [--only write,freshness,replay,report,crowd,"
                        + "tenants,start] [--out FILE]");
        assertThatThrownBy(() -> Settings.parse(new String[] {"--only", "tenants,nothing"}))
                .hasMessage(Settings.USAGE);
        assertThatThrownBy(() -> Settings.parse(new String[] {"--tenants"})).hasMessage(Settings.USAGE);
        assertThatThrownBy(() -> Settings.parse(new String[] {"--tenants", "0"})).hasMessage(Settings.USAGE);
    }

    @Test
    void new_results_replace_only_the_generated_part_of_the_file() {
        String existing = "intro\n" + Benchmarks.BEGIN + "\nold\n" + Benchmarks.END + "\nanalysis\n";

        assertThat(Benchmarks.merge(existing, "new\n"))
                .isEqualTo("intro\n" + Benchmarks.BEGIN + "\nnew\n" + Benchmarks.END + "\nanalysis\n");
        assertThat(Benchmarks.merge(null, "new\n")).isEqualTo(Benchmarks.BEGIN + "\nnew\n" + Benchmarks.END + "\n");
    }
}
