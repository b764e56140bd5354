package dev.supervisorportal.backend.namespaces;

import dev.supervisorportal.backend.common.Msg;

import java.util.Locale;

/**
 * The kinds of object a namespace's count limits hold (as vSphere's namespace limits and Kubernetes'
 * {@code count/…} quota): VMs (not a TKG cluster's node VMs), TKG clusters, vSphere Pods and PVCs.
 */
public enum ObjectKind {
    VM("maxVms"),
    TKG_CLUSTER("maxTkgClusters"),
    POD("maxPods"),
    PVC("maxPvcs");

    private final String field;

    ObjectKind(String field) {
        this.field = field;
    }

    /** The field its limit has in commands and the API ("maxVms"). */
    public String field() {
        return field;
    }

    /** So many of the kind, in the reader's language: "1 VM", "3 TKG clusters". */
    public Msg count(long count) {
        return Msg.of("namespaces.count." + name().toLowerCase(Locale.ROOT).replace('_', '-'), count);
    }
}
