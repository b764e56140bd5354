package dev.supervisorportal.scheduler.cli;

import dev.supervisorportal.scheduler.Snapshot;
import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.HostState;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A generated data centre for the benchmark, the same for the same seed: hosts of three hardware
 * sizes spread over three zones, a few in maintenance or failed, each already 0–40 % used; VM-class
 * sized workloads, some pinned to a zone, some in anti-affine triples (TKG control planes), a few
 * large ones, and one in five hundred larger than any host, so that the timing includes explaining
 * failures host by host. Demand comes to roughly three quarters of what is free, so the rest is
 * placed.
 *
 * <p>With distinct sizes each workload's CPU and memory get a random extra (under 1 GHz and
 * 1 GiB) so that no two workloads ask for the same: the scheduler's worst case, where no run of
 * equal demand can reuse scores. The rest of the snapshot stays the same.
 */
final class BenchSnapshot {

    static final List<String> ZONES = List.of("zone-a", "zone-b", "zone-c");

    /** Host hardware: CPU MHz, memory MiB, storage GiB. */
    private static final Resources[] HOST_SIZES = {
            new Resources(64_000, 512 * 1024, 4_096),
            new Resources(96_000, 768 * 1024, 8_192),
            new Resources(128_000, 1024 * 1024, 16_384),
    };

    /** VM classes (small, medium, large, xlarge) and how often each is asked for, in percent. */
    private static final Resources[] VM_CLASSES = {
            new Resources(2_000, 16 * 1024, 100),
            new Resources(4_000, 32 * 1024, 200),
            new Resources(8_000, 64 * 1024, 400),
            new Resources(16_000, 128 * 1024, 800),
    };
    private static final int[] VM_CLASS_PERCENT = {40, 30, 20, 10};
    private static final Resources LARGE = new Resources(48_000, 256 * 1024, 2_000);
    private static final Resources OVERSIZED = new Resources(160_000, 1536 * 1024, 2_000);

    private BenchSnapshot() {
    }

    static Snapshot generate(int hostCount, int workloadCount, long seed) {
        return generate(hostCount, workloadCount, seed, false);
    }

    static Snapshot generate(int hostCount, int workloadCount, long seed, boolean distinctSizes) {
        Random random = new Random(seed);
        List<Host> hosts = hosts(hostCount, random);
        List<Workload> workloads = workloads(workloadCount, random);
        return new Snapshot(hosts, distinctSizes ? distinct(workloads, new Random(~seed)) : workloads);
    }

    private static List<Workload> distinct(List<Workload> workloads, Random random) {
        List<Workload> distinct = new ArrayList<>(workloads.size());
        for (Workload workload : workloads) {
            Resources demand = workload.demand();
            Resources jittered = new Resources(demand.cpuMhz() + random.nextInt(1_000),
                    demand.memoryMib() + random.nextInt(1_024), demand.storageGib());
            distinct.add(new Workload(workload.name(), jittered, workload.zone(), workload.antiAffinity()));
        }
        return distinct;
    }

    private static List<Host> hosts(int count, Random random) {
        List<Host> hosts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String zone = ZONES.get(i % ZONES.size());
            Resources capacity = HOST_SIZES[random.nextInt(HOST_SIZES.length)];
            Resources used = new Resources(
                    part(capacity.cpuMhz(), random), part(capacity.memoryMib(), random), part(capacity.storageGib(), random));
            double roll = random.nextDouble();
            HostState state = roll < 0.02 ? HostState.MAINTENANCE : roll < 0.03 ? HostState.FAILED : HostState.READY;
            String name = "esx-" + zone.charAt(zone.length() - 1) + "-" + String.format("%04d", i / ZONES.size() + 1);
            hosts.add(new Host(name, zone, state, capacity, used));
        }
        return hosts;
    }

    private static long part(long capacity, Random random) {
        return (long) (capacity * 0.4 * random.nextDouble());
    }

    private static List<Workload> workloads(int count, Random random) {
        List<Workload> workloads = new ArrayList<>(count);
        int clusters = 0;
        while (workloads.size() < count) {
            String zone = random.nextInt(100) < 30 ? ZONES.get(random.nextInt(ZONES.size())) : null;
            if (random.nextInt(100) < 5 && count - workloads.size() >= 3) {
                // A TKG control plane: three nodes of one class, never two on the same host.
                String key = "tkg-" + (++clusters) + "-cp";
                Resources size = VM_CLASSES[1 + random.nextInt(2)];
                for (int node = 0; node < 3; node++) {
                    workloads.add(new Workload(name(workloads.size()), size, zone, key));
                }
            } else {
                int roll = random.nextInt(1_000);
                Resources size = roll < 2 ? OVERSIZED : roll < 12 ? LARGE : vmClass(random);
                workloads.add(new Workload(name(workloads.size()), size, zone, null));
            }
        }
        return workloads;
    }

    private static Resources vmClass(Random random) {
        int roll = random.nextInt(100);
        for (int i = 0; i < VM_CLASSES.length; i++) {
            roll -= VM_CLASS_PERCENT[i];
            if (roll < 0) {
                return VM_CLASSES[i];
            }
        }
        throw new IllegalStateException("VM class percentages must add up to 100");
    }

    private static String name(int index) {
        return String.format("vm-%05d", index + 1);
    }
}
