package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.inventory.HostWorkloads;
import dev.supervisorportal.backend.workloads.internal.WorkloadRepository;
import org.springframework.stereotype.Component;

/** Counts the workloads placed on a host, for the inventory's removal of hosts. */
@Component
class WorkloadsOnHosts implements HostWorkloads {

    private final WorkloadRepository workloads;

    WorkloadsOnHosts(WorkloadRepository workloads) {
        this.workloads = workloads;
    }

    @Override
    public long countOn(long hostId) {
        return workloads.countByHostId(hostId);
    }
}
