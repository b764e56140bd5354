package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.quota.Limits;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/**
 * How many objects of each kind a namespace may hold; {@code null} is no limit.
 */
public record ObjectCountLimits(Long maxVms, Long maxTkgClusters, Long maxPods, Long maxPvcs) {

    public static final ObjectCountLimits NONE = new ObjectCountLimits(null, null, null, null);

    /** The limit of a kind, {@code null} when there is none. */
    public Long of(ObjectKind kind) {
        return switch (kind) {
            case VM -> maxVms;
            case TKG_CLUSTER -> maxTkgClusters;
            case POD -> maxPods;
            case PVC -> maxPvcs;
        };
    }

    /** The limits there are, by kind, in the kinds' order. */
    public Map<ObjectKind, Long> asMap() {
        Map<ObjectKind, Long> limits = new EnumMap<>(ObjectKind.class);
        Arrays.stream(ObjectKind.values()).filter(kind -> of(kind) != null).forEach(kind -> limits.put(kind, of(kind)));
        return limits;
    }

    /** The resource limits and these count limits: "CPU 4,000 MHz, …; at most 10 VMs"; only the former without any. */
    public Msg withLimits(Limits limits) {
        return asMap().isEmpty() ? limits.text() : Msg.of("namespaces.limits-and-counts", limits.text(), text());
    }

    /** "at most 10 VMs, 2 TKG clusters" or "no count limits", in the reader's language. */
    public Msg text() {
        Map<ObjectKind, Long> limits = asMap();
        return limits.isEmpty() ? Msg.of("namespaces.counts.none")
                : Msg.of("namespaces.counts.at-most", Msg.joined("namespaces.list",
                limits.entrySet().stream().map(entry -> entry.getKey().count(entry.getValue())).toList()));
    }
}
