package de.souveraen.contracts.inventory;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Upcaster;

/**
 * {@code inventory.DependencyUpdated.v1} knew no ultimate parent company: the details get {@code parentCompany} and
 * {@code parentCountry} null, and the vendor's flags were the effective ones, so {@code vendorJurisdiction} is a
 * copy of {@code jurisdiction}.
 */
public final class DependencyUpdatedV1ToV2 implements Upcaster {
    @Override
    public String fromType() {
        return "inventory.DependencyUpdated.v1";
    }

    @Override
    public String toType() {
        return "inventory.DependencyUpdated.v2";
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        return DependencyUpcasting.addParent(payload);
    }
}
