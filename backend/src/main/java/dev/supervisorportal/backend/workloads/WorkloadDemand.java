package dev.supervisorportal.backend.workloads;

import dev.supervisorportal.backend.catalog.VmClassView;
import dev.supervisorportal.backend.quota.Limits;

import java.util.List;

/**
 * What a workload reserves in its namespace's quota and asks of a host: the one place where vCPUs and Kubernetes CPU
 * requests become MHz. Admission reserves by it; the forms show it before anything is sent.
 */
public final class WorkloadDemand {

    /** The disk of each TKG node VM. */
    public static final long TKG_NODE_DISK_GIB = 20;

    /** Kubernetes counts CPU in thousandths of a core; one core is one vCPU. */
    private static final long MILLICORES_PER_VCPU = 1000;

    private WorkloadDemand() {
    }

    /** What {@code vcpus} count for, at the Supervisor's {@code mhzPerVcpu}. */
    public static long cpuMhz(int vcpus, int mhzPerVcpu) {
        return (long) vcpus * mhzPerVcpu;
    }

    /** What a CPU request in millicores counts for; a started MHz counts as a whole one. */
    public static long cpuMhzOfMillicores(long millicores, int mhzPerVcpu) {
        return Math.ceilDiv(millicores * mhzPerVcpu, MILLICORES_PER_VCPU);
    }

    /** A VM of this class with a disk of {@code diskGib}. */
    public static Limits vm(VmClassView vmClass, long diskGib, int mhzPerVcpu) {
        return new Limits(cpuMhz(vmClass.cpus(), mhzPerVcpu), vmClass.memoryMib(), diskGib);
    }

    /** One node VM of a TKG cluster, of this class. */
    public static Limits tkgNode(VmClassView vmClass, int mhzPerVcpu) {
        return vm(vmClass, TKG_NODE_DISK_GIB, mhzPerVcpu);
    }

    /** A vSphere Pod: the sum of its containers' requests, which {@link WorkloadRules} found valid; no disk. */
    public static Limits pod(List<CreatePodCommand.Container> containers, int mhzPerVcpu) {
        long millicores = containers.stream()
                .mapToLong(c -> KubernetesQuantities.cpuMillicores(c.cpu()).value()).sum();
        long memoryMib = containers.stream()
                .mapToLong(c -> KubernetesQuantities.memoryMib(c.memory()).value()).sum();
        return new Limits(cpuMhzOfMillicores(millicores, mhzPerVcpu), memoryMib, 0);
    }
}
