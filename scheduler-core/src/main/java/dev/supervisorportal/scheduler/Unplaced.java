package dev.supervisorportal.scheduler;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A workload that fits nowhere, with the reason each host turned it down.
 *
 * @param reasons one entry per host of the snapshot, by host name in sorted order
 */
public record Unplaced(String workload, Map<String, String> reasons) {

    public Unplaced {
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }
}
