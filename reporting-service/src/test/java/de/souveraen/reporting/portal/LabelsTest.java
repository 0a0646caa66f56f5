package de.souveraen.reporting.portal;

import static org.assertj.core.api.Assertions.assertThat;

import de.souveraen.contracts.inventory.InventoryLabels;
import de.souveraen.contracts.inventory.MigrationStatus;
import de.souveraen.contracts.inventory.RiskCategory;
import de.souveraen.contracts.workgroup.ProposalStatus;
import de.souveraen.contracts.workgroup.WorkgroupLabels;
import de.souveraen.reporting.view.Lang;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LabelsTest {

    @Test
    void everyConstantOfThePublishedLanguageIsShownWithAWordNeverItsCode() {
        List<Class<? extends Enum<?>>> enums = new ArrayList<>(InventoryLabels.ENUMS);
        enums.addAll(WorkgroupLabels.ENUMS);
        enums.add(de.souveraen.contracts.budget.AdjustmentKind.class);
        for (Lang lang : Lang.values()) {
            Labels labels = new Labels(lang);
            for (Class<? extends Enum<?>> type : enums) {
                for (Enum<?> constant : type.getEnumConstants()) {
                    assertThat(labels.of(constant)).as("%s.%s", type.getSimpleName(), constant)
                            .isNotBlank().isNotEqualTo(constant.name());
                    assertThat(labels.of(constant.name())).as("%s as text", constant).isNotEqualTo(constant.name());
                }
            }
        }
    }

    @Test
    void aCodeTheEventsCarryAsTextGetsItsEnumerationsLabel() {
        assertThat(new Labels(Lang.DE).of("PRICE_INCREASE")).isEqualTo(InventoryLabels.de(RiskCategory.PRICE_INCREASE));
        assertThat(new Labels(Lang.EN).of("PRICE_INCREASE")).isEqualTo(InventoryLabels.en(RiskCategory.PRICE_INCREASE));
        assertThat(new Labels(Lang.DE).of(ProposalStatus.WITHDRAWN)).isEqualTo(
                WorkgroupLabels.de(ProposalStatus.WITHDRAWN));
    }

    @Test
    void thePortalsOwnWordsComeFirst() {
        assertThat(new Labels(Lang.DE).of(MigrationStatus.MIGRATED)).isEqualTo("Migriert");
        assertThat(new Labels(Lang.DE).of("CANCEL_BY")).isEqualTo("Letzter Kündigungstag");
        assertThat(new Labels(Lang.DE).of(null)).isEqualTo("–");
    }
}
