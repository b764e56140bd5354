package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

/** Only hosts in state {@code READY} take workloads. */
public final class HostReady implements Filter {

    @Override
    public String name() {
        return "host-ready";
    }

    @Override
    public Status filter(Workload workload, Host host) {
        return switch (host.state()) {
            case READY -> Status.SUCCESS;
            case MAINTENANCE -> Status.unschedulable("scheduler.in-maintenance");
            case FAILED -> Status.unschedulable("scheduler.failed");
        };
    }
}
