package dev.supervisorportal.scheduler.plugins;

import dev.supervisorportal.scheduler.model.Host;
import dev.supervisorportal.scheduler.model.Workload;

/** A workload that asks for a zone runs only on hosts of that zone. */
public final class ZoneMatch implements Filter {

    @Override
    public String name() {
        return "zone-match";
    }

    @Override
    public Status filter(Workload workload, Host host) {
        if (workload.zone() == null || workload.zone().equals(host.zone())) {
            return Status.SUCCESS;
        }
        return Status.unschedulable("scheduler.zone-mismatch", host.zone(), workload.zone());
    }
}
