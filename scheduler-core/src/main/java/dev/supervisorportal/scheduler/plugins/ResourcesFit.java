package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Resources;
import dev.supervisorportal.scheduler.model.Workload;

import java.util.ArrayList;
import java.util.List;

/**
 * The workload's CPU, memory and storage all fit in what the host has left. Storage is only
 * checked here; no score looks at it.
 */
public final class ResourcesFit implements Filter {

    @Override
    public String name() {
        return "resources-fit";
    }

    /**
     * The rule itself, shared with the scheduler's fast path. Written as a comparison with what is
     * left so that it cannot overflow; an over-committed host (used above capacity) has less than
     * nothing left, so even a zero demand does not fit.
     */
    public static boolean fits(long demand, long used, long capacity) {
        return demand <= capacity - used;
    }

    @Override
    public Status filter(Workload workload, Host host) {
        Resources demand = workload.demand();
        Resources used = host.used();
        Resources capacity = host.capacity();
        List<Reason> shortages = new ArrayList<>(3);
        check(shortages, "scheduler.insufficient-cpu", demand.cpuMhz(), used.cpuMhz(), capacity.cpuMhz());
        check(shortages, "scheduler.insufficient-memory", demand.memoryMib(), used.memoryMib(), capacity.memoryMib());
        check(shortages, "scheduler.insufficient-storage", demand.storageGib(), used.storageGib(),
                capacity.storageGib());
        return shortages.isEmpty() ? Status.SUCCESS : Status.unschedulable(all(shortages));
    }

    private static void check(List<Reason> shortages, String key, long demand, long used, long capacity) {
        if (!fits(demand, used, capacity)) {
            shortages.add(Reason.of(key, demand, capacity - used));
        }
    }

    /** Every shortage named, one after the other: "insufficient cpu: …; insufficient memory: …". */
    private static Reason all(List<Reason> shortages) {
        Reason result = shortages.getLast();
        for (int i = shortages.size() - 2; i >= 0; i--) {
            result = Reason.of("scheduler.and", shortages.get(i), result);
        }
        return result;
    }
}
