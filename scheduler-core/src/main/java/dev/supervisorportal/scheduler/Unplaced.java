package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.plugins.Reason;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A workload that fits nowhere, with the reason each host turned it down.
 *
 * @param reasons one entry per host of the snapshot, by host name in sorted order
 */
public record Unplaced(String workload, Map<String, Reason> reasons) {

    public Unplaced {
        reasons = Collections.unmodifiableMap(new LinkedHashMap<>(reasons));
    }

    /** The reasons in English, by host name in the same order. */
    public Map<String, String> texts() {
        Map<String, String> texts = new LinkedHashMap<>();
        reasons.forEach((host, reason) -> texts.put(host, reason.text()));
        return Collections.unmodifiableMap(texts);
    }
}
