package dev.supervisorportal.backend.volumes;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.common.SystemOnly;
import dev.supervisorportal.backend.inventory.DatastoreService;
import dev.supervisorportal.backend.inventory.ZoneRef;
import dev.supervisorportal.backend.namespaces.NamespaceService;
import dev.supervisorportal.backend.volumes.internal.PersistentVolumeClaim;
import dev.supervisorportal.backend.volumes.internal.PvcRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The volumes' side of a zone's reconcile cycle, inside its transaction: binds the zone's waiting claims to its
 * datastores as {@link VolumePlanner} decides, with the datastores' rows locked, and says what it did.
 */
@SystemOnly
@Service
public class VolumeProvisioning {

    private final PvcRepository pvcs;
    private final DatastoreService datastores;
    private final NamespaceService namespaces;

    VolumeProvisioning(PvcRepository pvcs, DatastoreService datastores, NamespaceService namespaces) {
        this.pvcs = pvcs;
        this.datastores = datastores;
        this.namespaces = namespaces;
    }

    /**
     * Binds what fits and records why the rest waits. Events: one per binding, and one per claim whose reason to wait
     * changed (not one every cycle).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<VolumeEvent> provision(ZoneRef zone) {
        List<PersistentVolumeClaim> pending = pvcs.findByZoneIdAndStatusOrderById(zone.id(), PvcStatus.PENDING);
        if (pending.isEmpty()) {
            return List.of();
        }
        VolumePlanner.VolumePlan plan = VolumePlanner.plan(zone.name(), datastores.lockIn(zone.name()),
                pending.stream().map(claim -> new VolumePlanner.Claim(claim.getId(), claim.getStorageGib())).toList());
        Map<Long, PersistentVolumeClaim> byId = pending.stream()
                .collect(Collectors.toMap(PersistentVolumeClaim::getId, Function.identity()));
        Map<Long, String> namespaceNames = namespaces.namesById();
        List<VolumeEvent> events = new ArrayList<>();
        plan.bindings().forEach(binding -> {
            PersistentVolumeClaim claim = byId.get(binding.claimId());
            datastores.provision(binding.datastoreId(), binding.storageGib());
            claim.bind(binding.datastoreId());
            events.add(new VolumeEvent(namespaceNames.get(claim.getNamespaceId()), claim.getName(), true,
                    binding.datastore(), Msg.of("volumes.event.provisioned", claim.getStorageGib(),
                    binding.datastore())));
        });
        plan.waiting().forEach((id, reason) -> {
            PersistentVolumeClaim claim = byId.get(id);
            if (!reason.equals(claim.getStatusReason())) {
                claim.waitFor(reason);
                events.add(new VolumeEvent(namespaceNames.get(claim.getNamespaceId()), claim.getName(), false, null,
                        reason));
            }
        });
        pvcs.flush();
        return events;
    }
}
