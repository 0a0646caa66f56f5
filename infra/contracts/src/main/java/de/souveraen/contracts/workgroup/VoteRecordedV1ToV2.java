package de.souveraen.contracts.workgroup;

import com.fasterxml.jackson.databind.node.ObjectNode;
import de.souveraen.contracts.Upcaster;

/** {@code workgroup.VoteRecorded.v1} had no {@code excludedForBias}: nobody was recorded as excluded for bias. */
public final class VoteRecordedV1ToV2 implements Upcaster {
    @Override
    public String fromType() {
        return "workgroup.VoteRecorded.v1";
    }

    @Override
    public String toType() {
        return "workgroup.VoteRecorded.v2";
    }

    @Override
    public ObjectNode upcast(ObjectNode payload) {
        payload.putArray("excludedForBias");
        return payload;
    }
}
