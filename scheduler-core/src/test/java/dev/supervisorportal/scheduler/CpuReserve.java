package dev.supervisorportal.scheduler;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;
import dev.supervisorportal.scheduler.plugins.Filter;
import dev.supervisorportal.scheduler.plugins.Status;

/**
 * A filter of one's own, as a program using scheduler-core would write it: keep a share of every
 * host's CPU unreserved (the room vSphere HA's admission control holds back for restarts). It
 * depends on the host's use, so its verdict changes as a batch fills the hosts.
 *
 * @param percent the share of each host's CPU capacity no placement may take
 */
record CpuReserve(int percent) implements Filter {

    /** The reason's key; its text lives in the bundle of the program that adds the filter. */
    static final String KEY = "acme.cpu-reserve";

    @Override
    public String name() {
        return "cpu-reserve";
    }

    @Override
    public Status filter(Workload workload, Host host) {
        long limit = host.capacity().cpuMhz() * (100 - percent) / 100;
        long after = host.used().cpuMhz() + workload.demand().cpuMhz();
        return after <= limit ? Status.SUCCESS : Status.unschedulable(KEY, percent, after - limit);
    }
}
