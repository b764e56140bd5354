package dev.supervisorportal.backend.workloads;

public enum WorkloadKind {
    /** A VM of the VM Service. */
    VM,
    /** A node VM of a TKG cluster. */
    TKG_NODE,
    /** A vSphere Pod. */
    POD,
    /** One of the Supervisor's own three control-plane VMs: in no namespace, placed and moved like any VM. */
    SUPERVISOR_VM;

    /** The kind as events, host views and the API spell it: vm, tkg-node, pod, supervisor-vm. */
    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }
}
