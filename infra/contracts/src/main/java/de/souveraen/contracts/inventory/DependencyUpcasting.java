package de.souveraen.contracts.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** What both v1 → v2 upcasters of the dependency's detail events do. */
final class DependencyUpcasting {
    private DependencyUpcasting() {
    }

    /**
     * Adds {@code details.parentCompany}/{@code parentCountry} (null) and {@code vendorJurisdiction} (a copy of
     * {@code jurisdiction}) right after {@code jurisdiction}, keeping the order of the record's members.
     */
    static ObjectNode addParent(ObjectNode payload) {
        JsonNode details = payload.get("details");
        if (details instanceof ObjectNode d) {
            if (!d.has("parentCompany")) {
                d.putNull("parentCompany");
            }
            if (!d.has("parentCountry")) {
                d.putNull("parentCountry");
            }
        }
        if (payload.has("vendorJurisdiction")) {
            return payload;
        }
        List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = payload.fields(); it.hasNext();) {
            fields.add(it.next());
        }
        ObjectNode result = payload.objectNode();
        for (Map.Entry<String, JsonNode> field : fields) {
            result.set(field.getKey(), field.getValue());
            if (field.getKey().equals("jurisdiction")) {
                JsonNode flags = field.getValue();
                result.set("vendorJurisdiction", flags == null ? null : flags.deepCopy());
            }
        }
        return result;
    }
}
