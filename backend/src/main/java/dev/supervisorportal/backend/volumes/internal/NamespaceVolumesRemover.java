package dev.supervisorportal.backend.volumes.internal;

import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.namespaces.NamespaceDeleting;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * A namespace being deleted takes its claims with it, in its transaction: each bound claim's size goes back to its
 * datastore. (The namespace's quota ledger, the per-policy rows included, goes with the namespace.)
 */
@Component
class NamespaceVolumesRemover {

    private final PvcRepository pvcs;
    private final DatastoreService datastores;

    NamespaceVolumesRemover(PvcRepository pvcs, DatastoreService datastores) {
        this.pvcs = pvcs;
        this.datastores = datastores;
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
