package de.souveraen.contracts.workgroup;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Immutable copies of list components that tolerate null elements, so the domain can name them in a rejection. */
final class WorkgroupLists {
    private WorkgroupLists() {
    }

    static <T> List<T> copy(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }
}
