package de.souveraen.reporting.entry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which form field a service's problem lands at. */
class FieldOfTest {

    static Map<String, String> fields(String... names) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String name : names) {
            values.put(name, null);
        }
        return values;
    }

    @Test
    void theSameNameThenTheFirstPartOfAnObjectThenTheList() {
        Map<String, String> values = fields("factions[0].tally.yes", "factions[0].tally.no", "openStandards",
                "recommendation.text");
        assertThat(EntryResource.fieldOf("factions[0].tally.no", values)).isEqualTo("factions[0].tally.no");
        assertThat(EntryResource.fieldOf("factions[0].tally", values)).isEqualTo("factions[0].tally.yes");
        assertThat(EntryResource.fieldOf("recommendation", values)).isEqualTo("recommendation.text");
        assertThat(EntryResource.fieldOf("openStandards[2]", values)).isEqualTo("openStandards");
        assertThat(EntryResource.fieldOf("factions[1].tally", values)).isNull();
        assertThat(EntryResource.fieldOf("recommendations", values)).as("a prefix of a name is no object").isNull();
        assertThat(EntryResource.fieldOf(null, values)).isNull();
    }

    @Test
    void aProblemAtAHiddenFieldIsShownAtTheFirstVisibleFieldOfTheSameObject() {
        java.util.List<Form.Field> fields = java.util.List.of(Form.Field.shown("meeting", "Sitzung", "x"),
                Form.Field.hidden("factions[0].affiliation", "FACTION:SPD"),
                Form.Field.text("factions[0].tally.yes", "SPD: Ja", null, false),
                Form.Field.hidden("members[0].memberId", "a"),
                Form.Field.select("members[0].choice", "Anna", null, false, java.util.List.of()),
                Form.Field.hidden("etag", "\"1\""));
        assertThat(EntryResource.shown("factions[0].affiliation", fields)).isEqualTo("factions[0].tally.yes");
        assertThat(EntryResource.shown("members[0].memberId", fields)).isEqualTo("members[0].choice");
        assertThat(EntryResource.shown("members[0].choice", fields)).isEqualTo("members[0].choice");
        assertThat(EntryResource.shown("etag", fields)).as("no object: the summary").isNull();
        assertThat(EntryResource.shown("meeting", fields)).as("shown, not entered").isNull();
        assertThat(EntryResource.shown(null, fields)).isNull();
    }
}
