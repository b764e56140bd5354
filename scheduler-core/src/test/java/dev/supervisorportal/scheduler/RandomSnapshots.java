package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Small random snapshots that go looking for trouble: identical hosts and workloads (ties, runs
 * of equal demand),
 * full and over-committed hosts, hosts with no capacity at all, zones nobody has, anti-affinity
 * groups larger than the hosts available, keys already on hosts, names in random order.
 */
final class RandomSnapshots {

    private static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c");
    static final List<String> KEYS = List.of("tkg-1-cp", "tkg-2-cp", "supervisor-cp");
    static final Resources[] HOST_SIZES = {
            new Resources(8_000, 32_768, 500),
            new Resources(16_000, 65_536, 1_000),
            new Resources(24_000, 49_152, 2_000),
    };

    private RandomSnapshots() {
    }

    static Snapshot generate(long seed) {
        Random random = new Random(seed);
        return new Snapshot(hosts(random), workloads(random));
    }

    private static List<Host> hosts(Random random) {
        int count = random.nextInt(20);
        List<Host> hosts = new ArrayList<>(count);
        Set<String> names = new HashSet<>();
        while (hosts.size() < count) {
            String name = "esx-" + random.nextInt(100);
            if (!names.add(name)) {
                continue;
            }
            Resources capacity = random.nextInt(20) == 0 ? Resources.ZERO
                    : random.nextBoolean() ? HOST_SIZES[random.nextInt(HOST_SIZES.length)] : randomSize(random, 30_000);
            Resources used = random.nextInt(15) == 0
                    ? new Resources(capacity.cpuMhz() + 1 + random.nextInt(1_000), capacity.memoryMib(), 0)
                    : new Resources(part(capacity.cpuMhz(), random), part(capacity.memoryMib(), random),
                            part(capacity.storageGib(), random));
            HostState state = switch (random.nextInt(10)) {
                case 0 -> HostState.MAINTENANCE;
                case 1 -> HostState.FAILED;
                default -> HostState.READY;
            };
            Set<String> keys = random.nextInt(6) == 0 ? Set.of(KEYS.get(random.nextInt(KEYS.size()))) : Set.of();
            hosts.add(new Host(name, ZONES.get(random.nextInt(ZONES.size())), state, capacity, used, keys));
        }
        return hosts;
    }

    private static List<Workload> workloads(Random random) {
        int count = random.nextInt(40);
        List<Workload> workloads = new ArrayList<>(count);
        // A few shared sizes, like VM classes: runs of equal demand take the scheduler's cached path.
        Resources[] classes = {randomSize(random, 3_000), randomSize(random, 3_000), randomSize(random, 5_000)};
        for (int i = 0; i < count; i++) {
            Resources demand = random.nextBoolean() ? classes[random.nextInt(classes.length)] : randomSize(random, 5_000);
            String zone = switch (random.nextInt(10)) {
                case 0, 1, 2 -> ZONES.get(random.nextInt(ZONES.size()));
                case 3 -> "zone-nowhere";
                default -> null;
            };
            String key = random.nextInt(3) == 0 ? KEYS.get(random.nextInt(KEYS.size())) : null;
            workloads.add(new Workload("vm-" + i, demand, zone, key));
        }
        Collections.shuffle(workloads, random);
        return workloads;
    }

    private static Resources randomSize(Random random, int cpuBound) {
        return new Resources(random.nextInt(cpuBound + 1), random.nextInt(4 * cpuBound + 1), random.nextInt(cpuBound / 20 + 1));
    }

    private static long part(long capacity, Random random) {
        return (long) (capacity * 0.7 * random.nextDouble());
    }
}
