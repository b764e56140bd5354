package dev.supervisorportal.backend.manifests.internal;

import dev.supervisorportal.backend.workloads.PodView;
import dev.supervisorportal.backend.workloads.TkgClusterView;
import dev.supervisorportal.backend.workloads.WorkloadView;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Writes a workload as the manifest that creates it again: a {@code VirtualMachine}
 * ({@code vmoperator.vmware.com/v1alpha3}) pinned to the zone it was admitted into, a {@code TanzuKubernetesCluster}
 * ({@code run.tanzu.vmware.com/v1alpha3}), a {@code Pod} ({@code v1}). {@link ManifestParser} reads each back without
 * ignoring anything.
 */
public final class ManifestWriter {

    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES, YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .build();

    private ManifestWriter() {
    }

    public static String vm(WorkloadView vm) {
        ObjectNode manifest = header("vmoperator.vmware.com/v1alpha3", "VirtualMachine", vm.name(), vm.namespace());
        ((ObjectNode) manifest.get("metadata")).putObject("labels").put(VirtualMachineReader.ZONE_LABEL, vm.zone());
        ObjectNode spec = manifest.putObject("spec");
        spec.put("className", vm.vmClass());
        spec.put("imageName", vm.image());
        spec.put("storageClass", vm.storagePolicy());
        spec.putObject("advanced").put("bootDiskCapacity", vm.demand().storageGib() + "Gi");
        spec.put("powerState", vm.powerState().manifestValue());
        return YAML.writeValueAsString(manifest);
    }

    public static String tkgCluster(TkgClusterView cluster) {
        ObjectNode manifest = header("run.tanzu.vmware.com/v1alpha3", "TanzuKubernetesCluster", cluster.name(),
                cluster.namespace());
        ObjectNode topology = manifest.putObject("spec").putObject("topology");
        ObjectNode controlPlane = topology.putObject("controlPlane");
        controlPlane.put("replicas", cluster.controlPlaneNodes());
        controlPlane.put("vmClass", cluster.controlPlaneVmClass());
        controlPlane.put("storageClass", cluster.storagePolicy());
        controlPlane.putObject("tkr").putObject("reference").put("name", cluster.kubernetesRelease());
        ArrayNode pools = topology.putArray("nodePools");
        cluster.nodePools().forEach(pool -> {
            ObjectNode node = pools.addObject();
            node.put("name", pool.name());
            node.put("replicas", pool.replicas());
            node.put("vmClass", pool.vmClass());
            node.put("storageClass", cluster.storagePolicy());
            if (pool.zone() != null) {
                node.put("failureDomain", pool.zone());
            }
        });
        return YAML.writeValueAsString(manifest);
    }

    public static String pod(PodView pod) {
        ObjectNode manifest = header("v1", "Pod", pod.workload().name(), pod.workload().namespace());
        ArrayNode containers = manifest.putObject("spec").putArray("containers");
        pod.containers().forEach(container -> {
            ObjectNode node = containers.addObject();
            node.put("name", container.name());
            node.put("image", container.image());
            ObjectNode requests = node.putObject("resources").putObject("requests");
            requests.put("cpu", container.cpu());
            requests.put("memory", container.memory());
        });
        return YAML.writeValueAsString(manifest);
    }

    private static ObjectNode header(String apiVersion, String kind, String name, String namespace) {
        ObjectNode manifest = YAML.createObjectNode();
        manifest.put("apiVersion", apiVersion);
        manifest.put("kind", kind);
        ObjectNode metadata = manifest.putObject("metadata");
        metadata.put("name", name);
        metadata.put("namespace", namespace);
        return manifest;
    }
}
