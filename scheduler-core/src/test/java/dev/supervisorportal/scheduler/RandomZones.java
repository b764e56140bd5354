package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

/**
 * Small random zones for the rebalancer that go looking for trouble: hosts of a few sizes with
 * workloads of a few sizes (equal utilisations, tied moves), load no listed workload accounts for,
 * full and over-committed hosts, hosts with no CPU, MAINTENANCE and FAILED hosts, anti-affinity
 * keys on workloads and on hosts alone, workloads pinned to their zone or to another.
 */
final class RandomZones {

    record Zone(List<Host> hosts, Map<String, List<Workload>> placed, int threshold, int maxMoves) {
    }

    private static final List<String> ZONES = List.of("zone-a", "zone-b");
    private static final List<String> KEYS = RandomSnapshots.KEYS;
    private static final Resources[] HOST_SIZES = RandomSnapshots.HOST_SIZES;
    private static final Resources[] VM_CLASSES = {
            new Resources(1_000, 4_096, 50),
            new Resources(2_000, 8_192, 100),
            new Resources(4_000, 16_384, 200),
    };

    private RandomZones() {
    }

    static Zone generate(long seed) {
        Random random = new Random(seed);
        int count = random.nextInt(12);
        List<Host> hosts = new ArrayList<>(count);
        Map<String, List<Workload>> placed = new LinkedHashMap<>();
        Set<String> names = new HashSet<>();
        int workloadCount = 0;
        while (hosts.size() < count) {
            String name = "esx-" + random.nextInt(100);
            if (!names.add(name)) {
                continue;
            }
            Resources capacity = HOST_SIZES[random.nextInt(HOST_SIZES.length)];
            if (random.nextInt(15) == 0) {
                capacity = new Resources(0, capacity.memoryMib(), capacity.storageGib());
            }
            String zone = random.nextInt(5) == 0 ? ZONES.get(1) : ZONES.get(0);
            List<Workload> workloads = new ArrayList<>();
            Set<String> keys = new TreeSet<>();
            int onHost = random.nextInt(7);
            for (int i = 0; i < onHost; i++) {
                String key = random.nextInt(3) == 0 ? KEYS.get(random.nextInt(KEYS.size())) : null;
                if (key != null && !keys.add(key)) {
                    key = null;
                }
                String asked = switch (random.nextInt(8)) {
                    case 0, 1 -> zone;
                    case 2 -> ZONES.get(random.nextInt(ZONES.size()));
                    default -> null;
                };
                Resources demand = random.nextBoolean() ? VM_CLASSES[random.nextInt(VM_CLASSES.length)]
                        : new Resources(random.nextInt(6_001), random.nextInt(20_001), random.nextInt(301));
                workloads.add(new Workload("vm-" + (++workloadCount), demand, asked, key));
            }
            if (random.nextInt(6) == 0) {
                keys.add(KEYS.get(random.nextInt(KEYS.size())));
            }
            HostState state = switch (random.nextInt(10)) {
                case 0 -> HostState.MAINTENANCE;
                case 1 -> HostState.FAILED;
                default -> HostState.READY;
            };
            hosts.add(new Host(name, zone, state, capacity, used(workloads, random), keys));
            Collections.shuffle(workloads, random);
            placed.put(name, workloads);
        }
        return new Zone(hosts, placed, random.nextInt(40), random.nextInt(8));
    }

    /** The listed workloads' demand, plus now and then some load nobody listed. */
    private static Resources used(List<Workload> workloads, Random random) {
        Resources listed = workloads.stream().map(Workload::demand).reduce(Resources.ZERO, Resources::plus);
        if (random.nextInt(3) != 0) {
            return listed;
        }
        return listed.plus(new Resources(random.nextInt(4_000), random.nextInt(8_192), random.nextInt(200)));
    }
}
