package dev.supervisorportal.backend.manifests;

import dev.supervisorportal.backend.common.Msg;
import dev.supervisorportal.backend.workloads.CreatePodCommand;
import dev.supervisorportal.backend.workloads.CreateTkgClusterCommand;
import dev.supervisorportal.backend.workloads.CreateVmCommand;
import dev.supervisorportal.backend.workloads.PowerState;

import java.util.List;

/**
 * One document of a manifest as the portal reads it: its kind and name, the one command it maps to (the other two are
 * {@code null}), and every field it has that the portal cannot honour, as {@code "spec.networkInterfaces: ignored"}.
 * {@code document} counts from 1, as the error messages do. {@code vmState} says what of a VM's document an apply
 * onto an existing VM may change beyond its class (null for other kinds).
 */
public record ManifestDocument(int document, String kind, String apiVersion, String name, CreateVmCommand vm,
                               CreateTkgClusterCommand tkgCluster, CreatePodCommand pod, List<Msg> ignored,
                               VmState vmState) {

    public ManifestDocument(int document, String kind, String apiVersion, String name, CreateVmCommand vm,
                            CreateTkgClusterCommand tkgCluster, CreatePodCommand pod, List<Msg> ignored) {
        this(document, kind, apiVersion, name, vm, tkgCluster, pod, ignored, null);
    }

    /**
     * @param powerState the {@code spec.powerState} asked for, or null when the document has none (keep it)
     * @param diskGiven  whether the document names the disk size ({@code spec.advanced.bootDiskCapacity}): without
     *                   it an apply keeps the disk the VM has
     */
    public record VmState(PowerState powerState, boolean diskGiven) {
    }
}
