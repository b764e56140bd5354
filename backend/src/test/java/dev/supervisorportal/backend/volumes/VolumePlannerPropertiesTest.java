package dev.supervisorportal.backend.volumes;

import dev.supervisorportal.backend.inventory.DatastoreState;
import dev.supervisorportal.backend.inventory.DatastoreView;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 1,000 seeded histories of claims created, grown (bound ones only where their datastore has room, as admission
 * checks), attached and deleted, datastores entering and leaving maintenance, with a provisioning cycle after each
 * step: no datastore is ever over its capacity, no claim is bound twice or to a datastore in maintenance, and every
 * claim left waiting has a reason.
 */
class VolumePlannerPropertiesTest {

    @Test
    void noDatastoreIsOverCommittedAndEveryWaitingClaimHasAReason() {
        for (long seed = 1; seed <= 1_000; seed++) {
            history(new Random(seed), seed);
        }
    }

    private static void history(Random random, long seed) {
        int stores = 1 + random.nextInt(3);
        List<DatastoreView> datastores = new ArrayList<>();
        for (int i = 0; i < stores; i++) {
            datastores.add(new DatastoreView(i + 1, "ds-" + i, "zone-a", DatastoreState.READY,
                    50 + random.nextInt(500), 0, 0));
        }
        Map<Long, Long> size = new HashMap<>();
        Map<Long, Long> boundTo = new HashMap<>();
        Set<Long> attached = new HashSet<>();
        long nextId = 1;
        for (int step = 0; step < 40; step++) {
            int action = random.nextInt(10);
            List<Long> ids = new ArrayList<>(size.keySet());
            if (action < 4 || ids.isEmpty()) {
                size.put(nextId++, 1L + random.nextInt(200));
            } else if (action < 6) {
                long id = ids.get(random.nextInt(ids.size()));
                long extra = 1 + random.nextInt(50);
                Long datastore = boundTo.get(id);
                int index = datastore == null ? -1 : (int) (datastore - 1);
                if (datastore == null || VolumePlanner.noRoomToGrow(datastores.get(index), extra).isEmpty()) {
                    size.put(id, size.get(id) + extra);
                    if (datastore != null) {
                        datastores.set(index, provisioned(datastores.get(index), extra));
                    }
                }
            } else if (action < 7) {
                long id = ids.get(random.nextInt(ids.size()));
                if (!attached.add(id)) {
                    attached.remove(id);
                }
            } else if (action < 9) {
                long id = ids.get(random.nextInt(ids.size()));
                if (!attached.contains(id)) {
                    Long datastore = boundTo.remove(id);
                    if (datastore != null) {
                        int index = (int) (datastore - 1);
                        datastores.set(index, provisioned(datastores.get(index), -size.get(id)));
                    }
                    size.remove(id);
                }
            } else {
                int index = random.nextInt(stores);
                DatastoreView d = datastores.get(index);
                datastores.set(index, new DatastoreView(d.id(), d.name(), d.zone(),
                        d.state() == DatastoreState.READY ? DatastoreState.MAINTENANCE : DatastoreState.READY,
                        d.capacityGib(), d.provisionedGib(), d.version()));
            }
            List<VolumePlanner.Claim> pending = size.entrySet().stream().filter(e -> !boundTo.containsKey(e.getKey()))
                    .map(e -> new VolumePlanner.Claim(e.getKey(), e.getValue()))
                    .sorted(java.util.Comparator.comparingLong(VolumePlanner.Claim::id)).toList();
            VolumePlanner.VolumePlan plan = VolumePlanner.plan("zone-a", List.copyOf(datastores), pending);
            Set<Long> decided = new HashSet<>();
            for (VolumePlanner.Binding binding : plan.bindings()) {
                assertThat(decided.add(binding.claimId())).as("seed %d: claim %d bound once", seed, binding.claimId())
                        .isTrue();
                assertThat(boundTo).as("seed %d: claim %d was bound already", seed, binding.claimId())
                        .doesNotContainKey(binding.claimId());
                int index = (int) (binding.datastoreId() - 1);
                assertThat(datastores.get(index).state()).as("seed %d", seed).isEqualTo(DatastoreState.READY);
                assertThat(binding.storageGib()).isEqualTo(size.get(binding.claimId()));
                boundTo.put(binding.claimId(), binding.datastoreId());
                datastores.set(index, provisioned(datastores.get(index), binding.storageGib()));
            }
            for (VolumePlanner.Claim claim : pending) {
                if (!decided.contains(claim.id())) {
                    assertThat(plan.waiting().get(claim.id())).as("seed %d: claim %d waits with a reason", seed,
                            claim.id()).isNotNull();
                }
            }
            decided.forEach(id -> assertThat(plan.waiting()).doesNotContainKey(id));
            for (DatastoreView datastore : datastores) {
                long onIt = boundTo.entrySet().stream().filter(e -> e.getValue() == datastore.id())
                        .mapToLong(e -> size.get(e.getKey())).sum();
                assertThat(datastore.provisionedGib()).as("seed %d: %s", seed, datastore.name()).isEqualTo(onIt)
                        .isLessThanOrEqualTo(datastore.capacityGib());
            }
        }
    }

    private static DatastoreView provisioned(DatastoreView d, long gib) {
        return new DatastoreView(d.id(), d.name(), d.zone(), d.state(), d.capacityGib(), d.provisionedGib() + gib,
                d.version());
    }
}
