package dev.supervisorportal.backend.namespaces;

import java.util.Map;

/**
 * What a feature keeps in namespaces, counted by kind: workloads count their VMs, TKG clusters and pods, volumes
 * their PVCs. The namespace page shows the counts beside the limits, editing limits refuses to go below them and
 * deleting a namespace names what it still holds. A feature implements it as a bean; the namespaces feature asks
 * every one.
 */
public interface NamespaceContents {

    /** How many objects of each kind this feature keeps in the namespace; kinds it does not keep are left out. */
    Map<ObjectKind, Long> count(long namespaceId);

    /**
     * Locks what this feature keeps in the namespace, before a deletion locks the namespace's quota ledger: the
     * feature's own deletes lock their rows first and the ledger after, so the deletion takes them in the same order.
     */
    default void lockForDeletion(long namespaceId) {
    }
}
