package dev.supervisorportal.backend.quota;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a namespace's limit is shared out over the Supervisor's zones (README.md, "Namespace page"): every zone
 * gets {@code floor(limit / n)}, and the first {@code limit mod n} zones in zone-name order get one more,
 * so the shares always add up to the limit exactly.
 */
public final class QuotaSplit {

    private QuotaSplit() {
    }

    /** The share of {@code limit} for each zone, keyed and ordered by zone name. */
    public static Map<String, Long> split(long limit, List<String> zoneNames) {
        if (limit < 0) {
            throw new IllegalArgumentException("A limit cannot be negative: " + limit);
        }
        if (zoneNames.isEmpty()) {
            throw new IllegalArgumentException("A limit needs at least one zone to be split over.");
        }
        List<String> ordered = new ArrayList<>(zoneNames);
        ordered.sort(null);
        int zones = ordered.size();
        long base = limit / zones;
        long remainder = limit % zones;
        Map<String, Long> shares = new LinkedHashMap<>();
        for (int i = 0; i < zones; i++) {
            shares.put(ordered.get(i), base + (i < remainder ? 1 : 0));
        }
        return shares;
    }

    /** Each zone's share of all three limits, keyed and ordered by zone name. */
    public static Map<String, Limits> split(Limits limits, List<String> zoneNames) {
        Map<String, Long> cpu = split(limits.cpuMhz(), zoneNames);
        Map<String, Long> memory = split(limits.memoryMib(), zoneNames);
        Map<String, Long> storage = split(limits.storageGib(), zoneNames);
        Map<String, Limits> shares = new LinkedHashMap<>();
        cpu.keySet().forEach(zone -> shares.put(zone, new Limits(cpu.get(zone), memory.get(zone), storage.get(zone))));
        return shares;
    }
}
