package dev.supervisorportal.backend.volumes.internal;

import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.namespaces.NamespaceContents;
import dev.supervisorportal.backend.namespaces.NamespaceDeleting;
import dev.supervisorportal.backend.namespaces.ObjectKind;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * The volumes feature's part in a namespace's count limits and its deletion: how many claims it holds, and a namespace
 * being deleted takes its claims with it, in its transaction: each bound claim's size goes back to its datastore. (The
 * namespace's quota ledger, the per-policy rows included, goes with the namespace.)
 */
@Component
class NamespaceVolumes implements NamespaceContents {

    private final PvcRepository pvcs;
    private final DatastoreService datastores;

    NamespaceVolumes(PvcRepository pvcs, DatastoreService datastores) {
        this.pvcs = pvcs;
        this.datastores = datastores;
    }

    @Override
    public Map<ObjectKind, Long> count(long namespaceId) {
        return Map.of(ObjectKind.PVC, pvcs.countByNamespaceId(namespaceId));
    }

    @Override
    public void lockForDeletion(long namespaceId) {
        pvcs.findLockedByNamespaceId(namespaceId);
    }

    @EventListener
    void onNamespaceDeleting(NamespaceDeleting deleting) {
        List<PersistentVolumeClaim> claims = pvcs.findLockedByNamespaceId(deleting.id());
        claims.stream().filter(claim -> claim.getDatastoreId() != null)
                .forEach(claim -> datastores.provision(claim.getDatastoreId(), -claim.getStorageGib()));
        pvcs.deleteAll(claims);
        pvcs.flush();
    }
}
