package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

/**
 * Workloads sharing an anti-affinity key run on different hosts, so that losing one host takes
 * down at most one control-plane node of a cluster.
 */
public final class AntiAffinity implements Filter {

    @Override
    public String name() {
        return "anti-affinity";
    }

    @Override
    public Status filter(Workload workload, Host host) {
        String key = workload.antiAffinity();
        if (key == null || !host.antiAffinityKeys().contains(key)) {
            return Status.SUCCESS;
        }
        return Status.unschedulable("scheduler.anti-affinity", key);
    }
}
